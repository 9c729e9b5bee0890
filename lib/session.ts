import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { getActiveUser, type SessionUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { auth } from "@/lib/auth";

export type { SessionUser };

/**
 * The signed-in user, checked against the database on every request (once per render thanks to
 * React's cache): a disabled account or an ended session stops working at once, JWT or not.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Session checks are per request by nature (next-auth uses fresh randomness and the clock),
  // so they are never part of a prerendered or runtime-prefetched shell.
  await connection();
  const session = await auth();
  if (!session?.user?.id) return null;
  return getActiveUser(session.user.id, session.user.sessionVersion);
});

/** For pages: sends anonymous visitors to sign in and shows a 403 page to the wrong role. */
export async function requireUser(roles?: readonly UserRole[], returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

export const TEACHER_ROLES = ["teacher", "admin"] as const satisfies readonly UserRole[];
