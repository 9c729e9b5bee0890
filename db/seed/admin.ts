import { z } from "zod";
import { hashPassword } from "@/lib/passwords";
import { logger } from "@/lib/logger";
import type { Db } from "../index";
import { users } from "../schema";

const adminEnv = z.object({
  BYLINE_ADMIN_EMAIL: z.email().transform((e) => e.toLowerCase()),
  BYLINE_ADMIN_PASSWORD: z.string().min(12, "BYLINE_ADMIN_PASSWORD must be at least 12 characters"),
  BYLINE_ADMIN_NAME: z.string().min(1).default("Administrator"),
});

/** The first admin: created from env vars on start, or with `npm run admin:create`. */
export async function createAdmin(db: Db, input: { email: string; password: string; name: string }): Promise<"created" | "exists"> {
  const inserted = await db
    .insert(users)
    .values({ role: "admin", email: input.email.toLowerCase(), name: input.name, passwordHash: await hashPassword(input.password) })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return inserted.length > 0 ? "created" : "exists";
}

export async function ensureAdminFromEnv(db: Db): Promise<void> {
  if (!process.env.BYLINE_ADMIN_EMAIL && !process.env.BYLINE_ADMIN_PASSWORD) return;
  const parsed = adminEnv.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Admin settings are invalid: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  const { BYLINE_ADMIN_EMAIL: email, BYLINE_ADMIN_PASSWORD: password, BYLINE_ADMIN_NAME: name } = parsed.data;
  const result = await createAdmin(db, { email, password, name });
  if (result === "created") logger.info("admin account created from BYLINE_ADMIN_EMAIL");
}
