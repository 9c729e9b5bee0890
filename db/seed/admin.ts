import { adminFromSettings } from "@/lib/env";
import { hashPassword } from "@/lib/passwords";
import { logger } from "@/lib/logger";
import type { Db } from "../index";
import { users } from "../schema";

/** The first admin: created from env vars on start, or with `npm run admin:create`. */
export async function createAdmin(
  db: Db,
  input: { email: string; password: string; name: string },
): Promise<"created" | "exists"> {
  const inserted = await db
    .insert(users)
    .values({
      role: "admin",
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: await hashPassword(input.password),
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return inserted.length > 0 ? "created" : "exists";
}

export async function ensureAdminFromEnv(db: Db): Promise<void> {
  const admin = adminFromSettings();
  if (!admin) return;
  const result = await createAdmin(db, admin);
  if (result === "created") logger.info("admin account created from BYLINE_ADMIN_EMAIL");
}
