import type pg from "pg";
import type { PostgresCluster } from "./postgres-cluster";

export type CountedStatements = { count: number; statements: string[] };

async function logStatements(admin: pg.ClientBase, on: boolean): Promise<void> {
  await admin.query(on ? "alter system set log_statement = 'all'" : "alter system reset log_statement");
  await admin.query("alter system set log_line_prefix = '[%p] '");
  await admin.query("select pg_reload_conf()");
  // Backends re-read the configuration between commands; give the app's idle ones a moment.
  await new Promise((r) => setTimeout(r, 500));
}

/**
 * The statements the app sends while `fn` runs, from the server's statement log on the
 * benchmark's own cluster. node-postgres sends each statement as one message batch ending in
 * Sync (or one simple Query), so each logged statement is one round trip.
 */
export async function countRoundTrips(
  cluster: PostgresCluster,
  admin: pg.ClientBase,
  fn: () => Promise<unknown>,
): Promise<CountedStatements> {
  const { rows } = await admin.query<{ pid: number }>("select pg_backend_pid() as pid");
  const ownPid = rows[0]!.pid;
  await logStatements(admin, true);
  const offset = cluster.readLog().length;
  try {
    await fn();
  } finally {
    await logStatements(admin, false);
  }
  // A logged statement's further lines start with a tab; join them to their entry.
  const entries = cluster
    .readLog()
    .slice(offset)
    .split(/\n(?!\t)/);
  const statements = entries
    .filter((entry) => /^\[\d+\] LOG: {2}(statement|execute [^:]*):/.test(entry) && !entry.startsWith(`[${ownPid}]`))
    .map((entry) =>
      entry
        .replace(/^\[\d+\] LOG: {2}(statement|execute [^:]*): /, "")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 200),
    );
  return { count: statements.length, statements };
}
