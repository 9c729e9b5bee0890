import { encode } from "next-auth/jwt";

/** The cookie next-auth sets over plain HTTP; its name is also the JWT's salt. */
const SESSION_COOKIE = "authjs.session-token";

/**
 * A session cookie as the app's own sign-in would issue it, minted with the bench's AUTH_SECRET,
 * for a session row the caller created (`insert into sessions (user_id, device) … returning id`).
 */
export async function sessionCookie(
  secret: string,
  user: { id: string; role: string; sessionId: string },
): Promise<string> {
  const token = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: { sub: user.id, role: user.role, sid: user.sessionId, authAt: Math.floor(Date.now() / 1000) },
    maxAge: 8 * 60 * 60,
  });
  return `${SESSION_COOKIE}=${token}`;
}
