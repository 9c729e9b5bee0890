import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import type { AccountSettingsInput, ChangePasswordInput } from "@/lib/validations/account";
import { endOtherSessions } from "./sessions";

export async function updateAccountSettings(userId: string, input: AccountSettingsInput): Promise<void> {
  await db
    .update(users)
    .set({ name: input.name, timeZone: input.timeZone, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/**
 * The account holder changes their own password: only with the current one, and every other
 * session of the account ends in the same transaction (this browser stays signed in).
 */
export async function changeOwnPassword(
  user: { id: string; sessionId: string },
  input: Pick<ChangePasswordInput, "currentPassword" | "newPassword">,
): Promise<{ ok: true; endedSessions: number } | { ok: false; reason: "wrong-password" }> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).limit(1);
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword)))
    return { ok: false, reason: "wrong-password" };
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    return endOtherSessions(user.id, user.sessionId, tx);
  });
  return { ok: true, endedSessions };
}
