import "server-only";
import { eq, or } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";

export type { SessionUser } from "./sessions";

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
    })
    .from(users)
    .where(or(eq(users.email, key), eq(users.username, key)))
    .limit(1);
  return user ?? null;
}
