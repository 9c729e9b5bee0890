import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { findUserForSignIn, getActiveUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { logger } from "@/lib/logger";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords";
import { clientAddress } from "@/lib/rate-limits/client-address";
import { continueSession, SESSION_IDLE_SECONDS } from "@/lib/session-timeouts";
import { signInSchema } from "@/lib/validations/auth";

declare module "next-auth" {
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: UserRole; sessionVersion: number } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    sv?: number;
    /** When this sign-in happened (seconds): the absolute timeout counts from it. */
    authAt?: number;
  }
}

/** Same message for a wrong password and an unknown account: it must not reveal which accounts exist. */
class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

/** Too many attempts from one address or on one account; the code carries the seconds to wait. */
export class SignInRateLimited extends CredentialsSignin {
  constructor(readonly retryAfter: number) {
    super();
    this.code = `rate_limited:${retryAfter}`;
  }
}

// Lazy config: nothing here touches the database or the secret until a request needs them.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  // Credentials sign-in needs JWT sessions; the server still re-checks the user on each request
  // (lib/session.ts), so disabling an account or signing out everywhere takes effect at once.
  // The header asks next-auth's session endpoint on each page view: that renews the cookie.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in" },
  // Into the app's structured log; a wrong password is routine, not an error with a stack trace.
  logger: {
    error(error) {
      if (error instanceof SignInRateLimited) logger.warn("sign-in refused: rate limited");
      else if (error instanceof CredentialsSignin) logger.info("sign-in refused: wrong credentials");
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
        // Counted before the password is checked, so guessing costs an attempt either way.
        const wait = await hitRateLimits([
          { name: "signInPerAddress", subject: clientAddress(request.headers) },
          { name: "signInPerAccount", subject: parsed.data.identifier },
        ]);
        if (wait > 0) throw new SignInRateLimited(wait);
        const user = await findUserForSignIn(parsed.data.identifier);
        const ok = user
          ? await verifyPassword(user.passwordHash, parsed.data.password)
          : await burnPasswordCheck(parsed.data.password);
        if (!user || !ok || user.disabledAt) throw new InvalidCredentials();
        return { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      const continued = continueSession(token, Boolean(user));
      if (!continued || user || !continued.sub) return continued;
      // A renewal (the header's session request on each page view): only an account that is still
      // active keeps its session, with its current name and role. When the database cannot answer,
      // the session stays as it was: an outage must not sign a class out.
      const active = await getActiveUser(continued.sub, continued.sv ?? 0).catch(() => undefined);
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
      session.user.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
}));
