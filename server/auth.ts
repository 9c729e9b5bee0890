import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { hitRateLimits, refundRateLimit } from "@/db/mutations/rate-limits";
import { createSession, endSession, renewSession } from "@/db/mutations/sessions";
import { findUserForSignIn } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { env, serverSecret } from "@/lib/env";
import { logger } from "@/lib/logger";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords";
import { clientAddress } from "@/lib/rate-limits/client-address";
import {
  cookieFrom,
  KNOWN_DEVICES_COOKIE,
  knownDeviceTag,
  readKnownDevices,
  rememberKnownDevice,
} from "@/lib/rate-limits/known-devices";
import { continueSession, SESSION_IDLE_SECONDS } from "@/lib/session-timeouts";
import { deviceName } from "@/lib/sessions/device-name";
import { signInSchema } from "@/lib/validations/auth";

/** Auth.js errors that a request causes, not the server (their `type`, @auth/core/errors). */
const REQUEST_FAULTS = new Set([
  "JWTSessionError",
  "SessionTokenError",
  "UnknownAction",
  "InvalidProvider",
  "MissingCSRF",
  "InvalidCheck",
  "InvalidCallbackUrl",
]);

declare module "next-auth" {
  interface User {
    role?: UserRole;
    /** The server-side session (db/schema/sessions.ts) this sign-in opened. */
    sessionId?: string;
  }
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    /** The server-side session's id: every request checks its row. */
    sid?: string;
    /** When this sign-in happened (seconds): the absolute timeout counts from it. */
    authAt?: number;
  }
}

/** Marks this browser as one that signed in to the account (a year; the tag proves nothing else). */
async function rememberThisDevice(cookieHeader: string | null, tag: string): Promise<void> {
  const jar = await cookies();
  jar.set(KNOWN_DEVICES_COOKIE, rememberKnownDevice(cookieFrom(cookieHeader, KNOWN_DEVICES_COOKIE), tag), {
    httpOnly: true,
    sameSite: "lax",
    secure: env("AUTH_URL")?.startsWith("https:") === true,
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
  });
}

/** Same message for a wrong password and an unknown account: it must not reveal which accounts exist. */
class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many attempts from one address or on one account; the code carries the seconds to wait. */
class SignInRateLimited extends CredentialsSignin {
  constructor(readonly retryAfter: number) {
    super();
    this.code = `rate_limited:${retryAfter}`;
  }
}

// Lazy config: nothing here touches the database or the secret until a request needs them.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // The app's one secret (lib/env.ts), rather than next-auth reading the environment itself.
  secret: serverSecret(),
  trustHost: true,
  // Credentials sign-in needs JWT sessions; the token carries the id of a session row, which every
  // request checks (server/session.ts), so signing out, "everywhere else", a password change or a
  // disabled account take effect at once, on every app instance. The header asks next-auth's
  // session endpoint on each page view (the lesson page: when the cookie is due its renewal, which
  // its quiz request tells it): that renews the cookie and the row's idle timeout.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in" },
  // Into the app's structured log; a wrong password is routine, not an error with a stack trace.
  logger: {
    error(error) {
      if (error instanceof SignInRateLimited) logger.warn("sign-in refused: rate limited");
      else if (error instanceof CredentialsSignin) logger.info("sign-in refused: wrong credentials");
      else if (REQUEST_FAULTS.has((error as { type?: string }).type ?? ""))
        // What anyone can send (a forged or stale cookie, an unknown endpoint): a warning without
        // a stack, so a scan of the site cannot flood the log with errors.
        logger.warn({ type: (error as { type?: string }).type }, "auth request refused");
      else logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { identifier: { label: "Email or username" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        // Counted before the password is checked, so guessing costs an attempt either way. A
        // browser that signed in to this account before counts on its own (known-devices.ts).
        const secret = serverSecret();
        const tag = knownDeviceTag(parsed.data.identifier, secret);
        const known = readKnownDevices(cookieFrom(request.headers.get("cookie"), KNOWN_DEVICES_COOKIE)).includes(tag);
        const account = parsed.data.identifier.trim().toLowerCase();
        const accountLimit = {
          name: "signInPerAccount",
          subject: known ? `known-device:${account}` : account,
        } as const;
        const wait = await hitRateLimits([
          { name: "signInPerAddress", subject: clientAddress(request.headers) },
          accountLimit,
        ]);
        if (wait > 0) throw new SignInRateLimited(wait);
        const user = await findUserForSignIn(parsed.data.identifier);
        const ok = user
          ? await verifyPassword(user.passwordHash, parsed.data.password)
          : await burnPasswordCheck(parsed.data.password);
        if (!user || !ok || user.disabledAt) throw new InvalidCredentials();
        await refundRateLimit(accountLimit.name, accountLimit.subject);
        const sessionId = await createSession(user.id, deviceName(request.headers.get("user-agent")));
        await rememberThisDevice(request.headers.get("cookie"), tag);
        return { id: user.id, name: user.name, role: user.role, sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = user.sessionId;
      }
      const continued = continueSession(token, Boolean(user));
      if (!continued || user) return continued;
      if (!continued.sub || !continued.sid) return null;
      // A renewal (the header's session request on each page view): only a live session keeps
      // going, with its account's current name and role. When the database cannot answer, the
      // cookie stays as it was (every request still checks the row): an outage must not sign a
      // class out.
      const active = await renewSession(continued.sid, continued.sub).catch(() => undefined);
      if (active === null) return null;
      if (active) {
        continued.name = active.name;
        continued.role = active.role;
      }
      return continued;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "student";
      return session;
    },
  },
  events: {
    // Next-auth's own sign-out endpoint; the app's sign-out action ends the row itself first.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await endSession(sid);
    },
  },
}));
