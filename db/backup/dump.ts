import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type pg from "pg";
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  listAppliedMigrations,
  listBackupTables,
  quoteIdent,
  type BackupHeader,
} from "./tables";

const FETCH_SIZE = 1_000;

export type BackupReport = { tables: number; rows: number };

/**
 * Writes every row of the app's tables to `file` as JSON lines: a header (format, migrations,
 * tables), then per table a line `{"table":…,"rows":N}` followed by its N rows (each row as
 * Postgres's to_jsonb gives it, so types round-trip through jsonb_populate_recordset), then an
 * end line. One read-only transaction gives a consistent snapshot; on the embedded database it
 * also holds other connections back until the backup is written. The file appears only once
 * complete (written beside it, then renamed).
 */
export async function backupDatabase(client: pg.ClientBase, file: string, now = new Date()): Promise<BackupReport> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { encoding: "utf8" });
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, "drain");
  };
  let rows = 0;
  try {
    await client.query("begin isolation level repeatable read read only");
    const tables = await listBackupTables(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      migrations: await listAppliedMigrations(client),
      tables: tables.map((t) => t.name),
    };
    await write(header);
    for (const table of tables) {
      const { rows: counted } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${quoteIdent(table.name)}`,
      );
      await write({ table: table.name, rows: counted[0]!.n });
      await client.query(
        `declare backup_rows no scroll cursor for select to_jsonb(t) as r from ${quoteIdent(table.name)} t`,
      );
      for (;;) {
        const batch = await client.query<{ r: unknown }>(`fetch ${FETCH_SIZE} from backup_rows`);
        for (const { r } of batch.rows) await write(r);
        rows += batch.rows.length;
        if (batch.rows.length < FETCH_SIZE) break;
      }
      await client.query("close backup_rows");
    }
    await write({ end: true, tables: tables.length, rows });
    await client.query("commit");
    out.end();
    await once(out, "finish");
    await rename(partial, file);
    return { tables: tables.length, rows };
  } catch (err) {
    await client.query("rollback").catch(() => {});
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}
