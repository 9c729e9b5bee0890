import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { getToken } from "next-auth/jwt";
import { getActiveUser, type SessionUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { continueSession } from "@/lib/session-timeouts";

export type { SessionUser };

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The session cookie's claims, decrypted and checked (signature, expiry, the absolute timeout),
 * or null. Only reads: next-auth's `auth()` would also encrypt a renewed token on every call (a
 * sixth of the server's CPU per answer) that a page or an action then throws away. The cookie is
 * renewed by next-auth's own session endpoint, which the header calls on each page view.
 */
async function readSessionToken() {
  const requestHeaders = await headers();
  const secureCookie = (requestHeaders.get("cookie") ?? "").includes(SECURE_COOKIE);
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const token = await getToken({ req: { headers: requestHeaders }, secret, secureCookie }).catch(() => null);
  return token ? continueSession(token, false) : null;
}

/**
 * The signed-in user, checked against the database on every request (once per render thanks to
 * React's cache): a disabled account or an ended session stops working at once, JWT or not.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Session checks are per request by nature (the clock, the database), so they are never part
  // of a prerendered or runtime-prefetched shell.
  await connection();
  const token = await readSessionToken();
  if (!token?.sub) return null;
  return getActiveUser(token.sub, token.sv ?? 0);
});

/** For pages: sends anonymous visitors to sign in and shows a 403 page to the wrong role. */
export async function requireUser(roles?: readonly UserRole[], returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

export const TEACHER_ROLES = ["teacher", "admin"] as const satisfies readonly UserRole[];
