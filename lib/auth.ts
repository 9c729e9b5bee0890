import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findUserForSignIn } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { logger } from "@/lib/logger";
import { burnPasswordCheck, verifyPassword } from "@/lib/passwords";
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
  }
}

/** Same message for a wrong password and an unknown account: it must not reveal which accounts exist. */
class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

const EIGHT_HOURS = 8 * 60 * 60;

// Lazy config: nothing here touches the database or the secret until a request needs them.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  // Credentials sign-in needs JWT sessions; the server still re-checks the user on each request
  // (lib/session.ts), so disabling an account or signing out everywhere takes effect at once.
  session: { strategy: "jwt", maxAge: EIGHT_HOURS, updateAge: 15 * 60 },
  pages: { signIn: "/sign-in" },
  // Into the app's structured log; a wrong password is routine, not an error with a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) logger.info("sign-in refused: wrong credentials");
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
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
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
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "student";
      session.user.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
}));
