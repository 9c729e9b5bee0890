import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzleVercel } from "drizzle-orm/vercel-postgres";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import { Pool } from "pg";
import { env } from "@/lib/env";
import { resolveConnection, type DatabaseMode } from "./connection-config";
import { queryNamed } from "./named-statements";
import * as schema from "./schema";
import { createVercelPool } from "./vercel-pool";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** `named`: the pool prepared reads run on (node-postgres, unless BYLINE_DB_NAMED_STATEMENTS=off). */
type Connection = { db: Db; mode: DatabaseMode; close: () => Promise<void>; named?: Pool };

// One pool per process: Next's dev server re-evaluates modules, which would otherwise leak pools.
const globalForDb = globalThis as typeof globalThis & { bylineDb?: Connection };

export function openConnection(): Connection {
  const { mode, url } = resolveConnection();
  const max = env("BYLINE_DB_POOL_SIZE");
  if (mode === "vercel") {
    const pool = createVercelPool(url);
    return { db: drizzleVercel(pool, { schema }) as unknown as Db, mode, close: () => pool.end() };
  }
  const pool = new Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5_000,
    // The embedded database's one backend keeps every connection's prepared statements
    // (db/named-statements.ts): its connections stay open rather than leave theirs behind.
    ...(mode === "embedded" ? { idleTimeoutMillis: 0 } : {}),
  });
  // An idle client losing its server (a restart of the embedded owner) must not crash the app.
  pool.on("error", () => {});
  const named = env("BYLINE_DB_NAMED_STATEMENTS") === "on" ? pool : undefined;
  return { db: drizzleNodePg(pool, { schema }) as unknown as Db, mode, close: () => pool.end(), named };
}

function connection(): Connection {
  globalForDb.bylineDb ??= openConnection();
  return globalForDb.bylineDb;
}

/** The app's database. Opened on first use, so importing this module never connects. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export function databaseMode(): DatabaseMode {
  return connection().mode;
}

export async function closeDb(): Promise<void> {
  const open = globalForDb.bylineDb;
  globalForDb.bylineDb = undefined;
  await open?.close();
}

/**
 * Rows of a raw SQL query, for the few reads drizzle's builder cannot express (lateral joins,
 * window functions). Both drivers return node-postgres shaped results.
 */
export async function selectRows<T>(query: SQL, executor: Pick<Db, "execute"> = db): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * `selectRows` for the statements of a student's every request (the session check and renewal,
 * the quiz's reads, an answer's), as named prepared statements: each connection plans them once
 * (db/named-statements.ts). Only for reads whose best plan does not depend on the values: a
 * prepared statement may settle on one generic plan. Teachers' reports stay with `selectRows`;
 * measured with prepared statements, the class page and the class report over a million answers
 * ran at half their rate. In a transaction (`executor` another than `db`), an ordinary read.
 */
export async function selectPreparedRows<T>(query: SQL, executor: Pick<Db, "execute"> = db): Promise<T[]> {
  const pool = executor === db ? connection().named : undefined;
  if (!pool) return selectRows<T>(query, executor);
  const { sql: text, params } = dialect.sqlToQuery(query);
  return queryNamed<T>(pool, text, params);
}

const dialect = new PgDialect();
