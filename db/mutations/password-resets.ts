import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/passwords";

/**
 * Gives the account a new generated password, returned to be shown once, and ends every session
 * it has (the session version is checked on each request).
 */
export async function resetPassword(userId: string): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
  return password;
}
