import { sql } from "drizzle-orm";
import { loadContent } from "@/lib/content/load-content";
import { logger } from "@/lib/logger";
import { describeUrl, resolveConnection } from "./connection-config";
import { databaseMode, db } from "./index";
import { migrateDatabase } from "./migrate";
import { ensureAdminFromEnv } from "./seed/admin";
import { seedDemo } from "./seed/demo";
import { syncContent } from "./sync-content";

/** Fails with a message naming the server, not a stack trace, when the database does not answer. */
async function assertReachable(): Promise<void> {
  const { mode, url } = resolveConnection();
  try {
    await db.execute(sql`select 1`);
  } catch (err) {
    const setting = mode === "server" ? "DATABASE_URL" : mode === "vercel" ? "POSTGRES_URL" : "the embedded database";
    // drizzle wraps driver errors ("Failed query: …"); the cause says what actually happened.
    const root: unknown = err instanceof Error && err.cause ? err.cause : err;
    const message = typeof root === "object" && root && "message" in root ? String(root.message) : "";
    const reason = message || (root instanceof Error ? root.name : String(root));
    throw new Error(`Cannot reach the database at ${describeUrl(url)} (from ${setting}): ${reason}`);
  }
}

/** Migrates, loads the content and (when asked) the demo data. Safe to run on every start. */
export async function prepareDatabase(options: { seedDemo: boolean }): Promise<void> {
  await assertReachable();
  const mode = databaseMode();
  await migrateDatabase(db, mode);
  const report = await syncContent(db, loadContent());
  logger.info({ mode, ...report }, "database migrated and content synced");
  await ensureAdminFromEnv(db);
  if (options.seedDemo) {
    const seeded = await seedDemo(db);
    logger.info(seeded, "demo data ready");
  }
}
