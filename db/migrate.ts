import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migrateVercel } from "drizzle-orm/vercel-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { VercelPgDatabase } from "drizzle-orm/vercel-postgres";
import type { DatabaseMode } from "./connection-config";
import type { Db } from "./index";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Arbitrary but fixed: every Byline process that migrates takes this lock first, so two app
// instances starting together do not both apply the same migration.
const MIGRATION_LOCK = 7_240_611;

export async function migrateDatabase(db: Db, mode: DatabaseMode): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  const run = () =>
    mode === "vercel"
      ? migrateVercel(db as unknown as VercelPgDatabase, config)
      : migrateNodePg(db as unknown as NodePgDatabase, config);
  // The embedded database has a single owner (and a single backend session, where a lock held
  // on one connection would block the migrator's own connection), so it needs no lock.
  if (mode === "embedded") return run();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await run();
  });
}
