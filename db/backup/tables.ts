import type pg from "pg";
import { z } from "zod";

/** One table of the app's schema, as a backup writes and reads it. */
export type BackupTable = {
  name: string;
  /** Columns a backup restores: every column but generated ones. */
  columns: string[];
  /** Columns with a sequence (serial or identity), set past their largest value after a restore. */
  sequenced: string[];
  /** Has a foreign key to itself (users.created_by_id): its rows must go in one statement. */
  selfReferencing: boolean;
};

export const BACKUP_FORMAT = "byline-backup";
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** The migrations applied to the database it came from, in order (drizzle's hashes). */
  migrations: z.array(z.string()),
  tables: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** Before each table's rows. */
export const tableSectionSchema = z.object({ table: z.string(), rows: z.number().int().min(0) });
/** The last line: a file without it was cut short. */
export const endMarkerSchema = z.object({ end: z.literal(true), tables: z.number().int(), rows: z.number().int() });

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Tables kept by triggers from others: the statistics that summarize them (db/migrations/0010)
 * and the classes' report tokens (0011). A restore rebuilds them as it inserts the rows they come
 * from, so a backup leaves them out (restoring them too would collide with the rebuilt rows; the
 * tokens come back new, so no instance serves a report it cached before the restore).
 */
export const DERIVED_TABLES = ["assignment_student_stats", "class_data_versions"];

/**
 * The app's tables (schema public), parents before children, so rows can be inserted in this
 * order with every foreign key checked. A cycle between tables (none today) is refused: such a
 * schema needs deferrable constraints before it can be backed up this way.
 */
export async function listBackupTables(client: pg.ClientBase): Promise<BackupTable[]> {
  const { rows: columns } = await client.query<{ table: string; column: string; sequenced: boolean }>(`
    select c.relname as table, a.attname as column,
           (a.attidentity <> '' or pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null) as sequenced
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where c.relkind in ('r', 'p')
    order by c.relname, a.attnum`);
  const { rows: keys } = await client.query<{ child: string; parent: string }>(`
    select distinct c.relname as child, p.relname as parent
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    where k.contype = 'f'`);
  const tables = new Map<string, BackupTable>();
  for (const { table, column, sequenced } of columns) {
    if (DERIVED_TABLES.includes(table)) continue;
    const entry = tables.get(table) ?? { name: table, columns: [], sequenced: [], selfReferencing: false };
    entry.columns.push(column);
    if (sequenced) entry.sequenced.push(column);
    tables.set(table, entry);
  }
  for (const { child, parent } of keys)
    if (child === parent && tables.has(child)) tables.get(child)!.selfReferencing = true;
  return dependencyOrder(
    [...tables.values()],
    keys.filter((k) => k.child !== k.parent && tables.has(k.child) && tables.has(k.parent)),
  );
}

function dependencyOrder(tables: BackupTable[], keys: { child: string; parent: string }[]): BackupTable[] {
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  let remaining = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => keys.every((k) => k.child !== t.name || placed.has(k.parent)));
    if (ready.length === 0)
      throw new Error(
        `Foreign keys form a cycle between ${remaining.map((t) => t.name).join(", ")}: cannot order a backup.`,
      );
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.name);
    }
    remaining = remaining.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

/** The migrations applied to this database, in order: a backup restores only onto the same list. */
export async function listAppliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ hash: string }>(
    `select hash from drizzle.__drizzle_migrations order by created_at, id`,
  );
  return rows.map((r) => r.hash);
}
