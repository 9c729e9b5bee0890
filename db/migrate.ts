import path from "node:path";
import { drizzle as drizzleNodePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzleVercel } from "drizzle-orm/vercel-postgres";
import { migrate as migrateVercel } from "drizzle-orm/vercel-postgres/migrator";
import type { VercelPgDatabase } from "drizzle-orm/vercel-postgres";
import { Client } from "pg";
import { resolveConnection, type DatabaseMode } from "./connection-config";
import type { Db } from "./index";
import { createVercelPool } from "./vercel-pool";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Arbitrary but fixed: every Byline process that migrates takes this lock first, so two app
// instances starting together do not both apply the same migration.
const MIGRATION_LOCK = 7_240_611;

/**
 * Applies the migrations. On a server, on a connection of its own, outside the app's pool: the
 * lock is a session lock on that connection and the migrator's transaction runs on it too, so a
 * pool of one connection (BYLINE_DB_POOL_SIZE=1, usual on serverless) cannot deadlock it. Closing
 * the connection releases the lock, should the process die holding it.
 */
export async function migrateDatabase(db: Db, mode: DatabaseMode): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // The embedded database has a single owner (and a single backend session, where a lock held
  // on one connection would block the migrator's own connection), so it needs no lock.
  if (mode === "embedded") return migrateNodePg(db as unknown as NodePgDatabase, config);
  const { url } = resolveConnection();
  if (mode === "vercel") {
    const pool = createVercelPool(url);
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migrateVercel(drizzleVercel(client) as VercelPgDatabase, config);
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    } finally {
      client.release();
      await pool.end();
    }
    return;
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg(client), config);
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  } finally {
    await client.end();
  }
}
