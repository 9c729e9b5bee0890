import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { AccountSettingsInput } from "@/lib/validations/account";

export async function updateAccountSettings(userId: string, input: AccountSettingsInput): Promise<void> {
  await db.update(users).set({ name: input.name, timeZone: input.timeZone, updatedAt: new Date() }).where(eq(users.id, userId));
}
