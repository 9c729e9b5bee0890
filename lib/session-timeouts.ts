/**
 * Sessions end after 4 hours without a page view (idle: the cookie's lifetime, renewed by the
 * header's session request on each page view) and 12 hours after signing in, however active
 * (absolute).
 */
export const SESSION_IDLE_SECONDS = 4 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

type Token = { authAt?: number; [claim: string]: unknown };

/**
 * The session token as it goes on: stamped with the sign-in time when it is issued, and ended
 * (null) once the absolute timeout has passed or when it carries no sign-in time at all.
 */
export function continueSession<T extends Token>(
  token: T,
  signingIn: boolean,
  nowSeconds = Math.floor(Date.now() / 1000),
): T | null {
  if (signingIn) return { ...token, authAt: nowSeconds };
  if (!token.authAt || nowSeconds - token.authAt > SESSION_ABSOLUTE_SECONDS) return null;
  return token;
}
