/**
 * `npm run db:restore -- FILE`: replaces all data in the embedded database with a backup's (see
 * db/backup/restore.ts). A fresh data dir is migrated first; a file that does not fit is
 * refused and nothing changes.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { closeDb, db } from "@/db";
import { databaseServerConfigured } from "@/db/connection-config";
import { restoreDatabase } from "@/db/backup/restore";
import { migrateDatabase } from "@/db/migrate";
import { SERVER_BACKUP_HINT, withEmbeddedClient } from "./lib/embedded-client";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run db:restore -- FILE");
  if (databaseServerConfigured()) throw new Error(SERVER_BACKUP_HINT);
  const source = path.resolve(file);
  if (!existsSync(source)) throw new Error(`No such file: ${source}`);
  const report = await withEmbeddedClient(async (client) => {
    await migrateDatabase(db, "embedded");
    await closeDb();
    return restoreDatabase(client, source);
  });
  console.log(`Restored ${report.rows} rows in ${report.tables} tables from the backup of ${report.createdAt}.`);
}

main().catch(async (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  await closeDb();
  process.exit(1);
});
