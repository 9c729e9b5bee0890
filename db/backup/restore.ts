import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type pg from "pg";
import type { z } from "zod";
import {
  backupHeaderSchema,
  endMarkerSchema,
  listAppliedMigrations,
  listBackupTables,
  DERIVED_TABLES,
  quoteIdent,
  tableSectionSchema,
  type BackupHeader,
  type BackupTable,
} from "./tables";

const INSERT_BATCH = 500;

class BackupFileError extends Error {}

export type RestoreReport = { tables: number; rows: number; createdAt: string };

/**
 * Replaces every row of the app's tables with a backup's (see backupDatabase), in one
 * transaction: a file that is truncated, from another schema version or otherwise wrong leaves
 * the database as it was. The database must be migrated to the same migrations as the one the
 * backup came from.
 */
export async function restoreDatabase(client: pg.ClientBase, file: string): Promise<RestoreReport> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })[
    Symbol.asyncIterator
  ]();
  const next = async (what: string): Promise<unknown> => {
    const line = await lines.next();
    if (line.done) throw new BackupFileError(`The backup file ends early (expected ${what}): it is incomplete.`);
    try {
      return JSON.parse(line.value);
    } catch {
      throw new BackupFileError(`The backup file has a line that is not JSON (expected ${what}).`);
    }
  };
  const readAs = async <S extends z.ZodType>(schema: S, what: string, problem: string): Promise<z.infer<S>> => {
    const parsed = schema.safeParse(await next(what));
    if (!parsed.success) throw new BackupFileError(problem);
    return parsed.data;
  };
  try {
    const header = await readAs(
      backupHeaderSchema,
      "the header",
      "This is not a Byline backup file (or it is of a newer format).",
    );
    return await replaceRows(client, header, next, readAs);
  } finally {
    await lines.return?.();
  }
}

type Next = (what: string) => Promise<unknown>;
type ReadAs = <S extends z.ZodType>(schema: S, what: string, problem: string) => Promise<z.infer<S>>;

async function replaceRows(
  client: pg.ClientBase,
  header: BackupHeader,
  next: Next,
  readAs: ReadAs,
): Promise<RestoreReport> {
  const { migrations, tables: names, createdAt } = header;
  await client.query("begin");
  try {
    const tables = await listBackupTables(client);
    await checkCompatible(client, tables, migrations, names);
    // The summaries go too (they reference users and assignments); the restored rows rebuild them.
    const emptied = [...tables.map((t) => t.name), ...DERIVED_TABLES];
    await client.query(`truncate table ${emptied.map(quoteIdent).join(", ")} restart identity`);
    const byName = new Map(tables.map((t) => [t.name, t]));
    let rows = 0;
    for (const name of names) {
      const section = await readAs(
        tableSectionSchema,
        `the rows of ${name}`,
        `The backup file is damaged before table ${name}.`,
      );
      const table = byName.get(name);
      if (section.table !== name || !table)
        throw new BackupFileError(`The backup file is out of order at table ${name}.`);
      rows += await restoreTable(client, table, section.rows, () => next(`a row of ${name}`));
    }
    const end = await readAs(
      endMarkerSchema,
      "the end marker",
      "The backup file's end marker is missing: it is incomplete.",
    );
    if (end.rows !== rows) throw new BackupFileError("The backup file's end marker does not match its rows.");
    for (const table of tables) await resetSequences(client, table);
    await client.query("commit");
    return { tables: names.length, rows, createdAt };
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  }
}

async function checkCompatible(
  client: pg.ClientBase,
  tables: BackupTable[],
  migrations: string[],
  names: string[],
): Promise<void> {
  const applied = await listAppliedMigrations(client);
  if (JSON.stringify(applied) !== JSON.stringify(migrations)) {
    throw new BackupFileError(
      `The backup was made at another schema version (${migrations.length} migrations; this database has ${applied.length}). ` +
        "Restore it with the version of Byline that made it, then start the newer version to migrate.",
    );
  }
  const here = tables.map((t) => t.name).sort();
  if (JSON.stringify(here) !== JSON.stringify([...names].sort()))
    throw new BackupFileError("The backup's tables differ from this database's.");
}

/** Inserts `count` rows read one by one; a self-referencing table in one statement, so its keys are checked at the end of it. */
async function restoreTable(
  client: pg.ClientBase,
  table: BackupTable,
  count: number,
  read: () => Promise<unknown>,
): Promise<number> {
  const columns = table.columns.map(quoteIdent).join(", ");
  const insert = `insert into ${quoteIdent(table.name)} (${columns}) overriding system value
                  select ${columns} from jsonb_populate_recordset(null::${quoteIdent(table.name)}, $1::jsonb)`;
  const batchSize = table.selfReferencing ? Infinity : INSERT_BATCH;
  let batch: unknown[] = [];
  for (let i = 0; i < count; i++) {
    batch.push(await read());
    if (batch.length >= batchSize) {
      await client.query(insert, [JSON.stringify(batch)]);
      batch = [];
    }
  }
  if (batch.length > 0) await client.query(insert, [JSON.stringify(batch)]);
  return count;
}

/** Sets each serial or identity sequence past the largest restored value, so new rows get fresh ids. */
async function resetSequences(client: pg.ClientBase, table: BackupTable): Promise<void> {
  for (const column of table.sequenced) {
    await client.query(
      `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${quoteIdent(column)}) from ${quoteIdent(table.name)}), 0) + 1, false)`,
      [quoteIdent(table.name), column],
    );
  }
}
