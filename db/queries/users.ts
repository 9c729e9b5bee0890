import "server-only";
import { eq, or } from "drizzle-orm";
import { db } from "@/db";
import { users, type UserRole } from "@/db/schema";

export type SessionUser = { id: string; name: string; role: UserRole; timeZone: string; sessionVersion: number };

/** For the Credentials provider only: the one read that returns a password hash. */
export async function findUserForSignIn(identifier: string) {
  const key = identifier.trim().toLowerCase();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(or(eq(users.email, key), eq(users.username, key)))
    .limit(1);
  return user ?? null;
}

/** The signed-in user as the server sees them now: disabled or signed-out-everywhere users are gone. */
export async function getActiveUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      timeZone: users.timeZone,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, name: user.name, role: user.role, timeZone: user.timeZone, sessionVersion: user.sessionVersion };
}
