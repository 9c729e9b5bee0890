/**
 * Sessions end after 4 hours without a page view (idle: the cookie's lifetime, renewed by the
 * header's session request on each page view, or every ten minutes on the lesson page, whose
 * quiz request tells the header who is signed in) and 12 hours after signing in, however active
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

/**
 * A page that learns who is signed in from its own request (the lesson page's quiz state) asks
 * next-auth's session endpoint only when the cookie was issued this long ago: the idle timeout is
 * hours, so renewing it every ten minutes keeps an active student signed in for a fraction of
 * the cost of a renewal (a re-encrypted cookie, a row write) on every page view.
 */
export const SESSION_RENEW_SECONDS = 10 * 60;

/** Whether a token issued at `iat` (seconds) is due its renewal; a token without one always is. */
export function renewalDue(token: { iat?: unknown }, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return typeof token.iat !== "number" || nowSeconds - token.iat >= SESSION_RENEW_SECONDS;
}
