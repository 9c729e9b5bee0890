import type { SessionUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";

/**
 * Stands in for server/session.ts in action tests: `signInAs` picks who the "session" is. The
 * semantics match the real module: no user means signed out; requireUser redirects or refuses.
 */
export const session: { user: SessionUser | null; renewalDue: boolean } = { user: null, renewalDue: false };

export function signInAs(user: SessionUser | null, options: { renewalDue?: boolean } = {}): void {
  session.user = user;
  session.renewalDue = options.renewalDue ?? false;
}

export function sessionModule() {
  return {
    getCurrentUser: async () => session.user,
    currentSessionId: async () => session.user?.sessionId ?? null,
    // The session row is then checked by the caller's own statement, as in the real module.
    currentSessionClaims: async () =>
      session.user && { sessionId: session.user.sessionId, userId: session.user.id, renewalDue: session.renewalDue },
    sessionRenewalDue: async () => session.user !== null && session.renewalDue,
    requireUser: async (roles?: readonly UserRole[]) => {
      if (!session.user) throw new Error("NEXT_REDIRECT /sign-in");
      if (roles && !roles.includes(session.user.role)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
      return session.user;
    },
    TEACHER_ROLES: ["teacher", "admin"] as const,
  };
}

/** next/navigation's redirect throws to end the action; the tests see where it was going. */
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirected to ${url}`);
  }
}

export function navigationModule() {
  return {
    redirect: (url: string) => {
      throw new Redirected(url);
    },
    notFound: () => {
      throw new Error("NEXT_HTTP_ERROR_FALLBACK;404");
    },
  };
}
