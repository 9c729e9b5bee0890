import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { decode, getToken, type JWT } from "next-auth/jwt";
import { getSessionUser, type SessionUser } from "@/db/queries/sessions";
import type { UserRole } from "@/db/schema";
import { serverSecret } from "@/lib/env";
import { continueSession, renewalDue } from "@/lib/session-timeouts";

export type { SessionUser };

const SESSION_COOKIE = "authjs.session-token";
const SECURE_PREFIX = "__Secure-";

/**
 * Decrypted cookies, by their exact text: a student's answers in one lesson all carry the same
 * cookie, and decrypting it (key derivation, AES, HMAC) was a twelfth of the server's time per
 * answer. The text is authenticated ciphertext, so equal text means equal claims; expiry and the
 * timeouts are checked again on every use, and the account on every request.
 */
const decrypted = new Map<string, JWT>();
const DECRYPTED_MAX = 5000;

/**
 * The session cookie's claims, decrypted and checked (signature, expiry, the absolute timeout),
 * or null. Only reads: next-auth's `auth()` would also encrypt a renewed token on every call (a
 * sixth of the server's CPU per answer) that a page or an action then throws away. The cookie is
 * renewed by next-auth's own session endpoint, which the header calls on each page view (on the
 * lesson page only when `sessionRenewalDue`).
 */
async function readSessionToken(): Promise<JWT | null> {
  const requestHeaders = await headers();
  const secureCookie = (requestHeaders.get("cookie") ?? "").includes(SECURE_PREFIX + SESSION_COOKIE);
  const secret = serverSecret();
  // next-auth finds the cookie (its name, chunks) and leaves the decrypting to us.
  const raw = await getToken({ req: { headers: requestHeaders }, secret, secureCookie, raw: true });
  if (!raw) return null;
  let claims = decrypted.get(raw);
  if (!claims) {
    const salt = secureCookie ? SECURE_PREFIX + SESSION_COOKIE : SESSION_COOKIE;
    const fresh = await decode({ token: raw, secret, salt }).catch(() => null);
    if (!fresh) return null;
    if (decrypted.size >= DECRYPTED_MAX) decrypted.delete(decrypted.keys().next().value!);
    decrypted.set(raw, fresh);
    claims = fresh;
  }
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= Date.now()) return null;
  return continueSession(claims, false);
}

/**
 * The signed-in user, checked against the session's row on every request (once per render thanks
 * to React's cache): a signed-out, timed-out or disabled session stops working at once, on every
 * app instance; nothing per process outlives it.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await currentSessionClaims();
  return claims && getSessionUser(claims.sessionId, claims.userId);
});

/** The current request's session id, when its cookie is valid (sign-out ends that row). */
export async function currentSessionId(): Promise<string | null> {
  return (await readSessionToken())?.sid ?? null;
}

/**
 * The ids a valid session cookie names, NOT yet checked against the session's row: for a read
 * that checks it in its own statement with what else it needs (server/reports/report-response.ts),
 * as getCurrentUser does alone. `renewalDue` as sessionRenewalDue, from the same cookie read. Null
 * without a valid cookie.
 */
export async function currentSessionClaims(): Promise<{
  sessionId: string;
  userId: string;
  renewalDue: boolean;
} | null> {
  // Session checks are per request by nature (the clock, the database), so they are never part
  // of a prerendered or runtime-prefetched shell.
  await connection();
  const token = await readSessionToken();
  return token?.sub && token.sid ? { sessionId: token.sid, userId: token.sub, renewalDue: renewalDue(token) } : null;
}

/**
 * Whether this request's session cookie is due its renewal by next-auth's session endpoint (a
 * page that tells the header who is signed in lets it skip that request otherwise). False
 * without a valid cookie: there is nothing to renew.
 */
export async function sessionRenewalDue(): Promise<boolean> {
  const token = await readSessionToken();
  return token !== null && renewalDue(token);
}

/** For pages: sends anonymous visitors to sign in and shows a 403 page to the wrong role. */
export async function requireUser(roles?: readonly UserRole[], returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

export const TEACHER_ROLES = ["teacher", "admin"] as const satisfies readonly UserRole[];
