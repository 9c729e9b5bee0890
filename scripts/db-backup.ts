/** `npm run db:backup -- FILE`: every row of the embedded database, as JSON lines (see db/backup/dump.ts). */
import path from "node:path";
import { backupDatabase } from "@/db/backup/dump";
import { databaseServerConfigured } from "@/db/connection-config";
import { SERVER_BACKUP_HINT, withEmbeddedClient } from "./lib/embedded-client";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: npm run db:backup -- FILE   (for example backups/byline-2026-06-01.jsonl)");
  if (databaseServerConfigured()) throw new Error(SERVER_BACKUP_HINT);
  const target = path.resolve(file);
  const report = await withEmbeddedClient((client) => backupDatabase(client, target));
  console.log(`Backed up ${report.rows} rows from ${report.tables} tables to ${target}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
