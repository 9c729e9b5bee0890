import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { endAllSessions } from "./sessions";
import { generatePassword, hashPassword } from "@/lib/passwords";

/**
 * Gives the account a new generated password, returned to be shown once, and ends every session
 * it has (each request checks its session row), in one transaction.
 */
export async function resetPassword(userId: string): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    await endAllSessions(userId, tx);
  });
  return password;
}
