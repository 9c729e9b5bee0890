import { createHash, randomBytes } from "node:crypto";
import pg, { type Pool, type PoolClient } from "pg";

/**
 * Raw reads as named prepared statements, so each connection plans a statement once and reuses
 * the plan. Planning is most of what a short read costs on the embedded database (PGlite runs
 * Postgres as WebAssembly): the lesson page's pending-assignment read takes 3.3 ms unnamed and
 * 0.6 ms named, measured on one connection (docs/benchmarks.md).
 *
 * Two things make this more than `{ name }` on a query:
 * - The embedded database serves every connection from ONE backend (pglite-socket), so prepared
 *   statements are shared by all of them: each connection gets its own name prefix, or a second
 *   connection preparing the same name would fail ("already exists").
 * - A statement whose text varies (an `in (…)` list of another length) is another statement:
 *   each connection names at most MAX_NAMED of them and runs the rest unnamed, so the backend's
 *   memory stays bounded.
 */
const MAX_NAMED = 300;

/**
 * Dates, times and intervals come back as the text Postgres sent, as drizzle's own driver returns
 * them (drizzle-orm/node-postgres), so a read gives the same values either way.
 */
const AS_TEXT = new Set([
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.DATE,
  pg.types.builtins.INTERVAL,
  1115, // timestamp[]
  1182, // date[]
  1185, // timestamptz[]
  1187, // interval[]
  1231, // numeric[]
]);
const types = {
  getTypeParser: ((typeId: number, format?: "text" | "binary") =>
    AS_TEXT.has(typeId)
      ? (value: string) => value
      : pg.types.getTypeParser(typeId, format)) as typeof pg.types.getTypeParser,
};

type Named = { prefix: string; names: Set<string> };
const perClient = new WeakMap<PoolClient, Named>();

const digest = (text: string) => createHash("sha1").update(text).digest("base64url").slice(0, 20);

/** Rows of `text` with `values`, planned once per connection of `pool`. */
export async function queryNamed<T>(pool: Pool, text: string, values: unknown[]): Promise<T[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out client reports a lost server as an event (the query also fails): unhandled, it
  // would end the process. node-postgres's own pool.query listens the same way.
  const lost = (err: Error) => (broken = err);
  client.on("error", lost);
  try {
    let named = perClient.get(client);
    if (!named) {
      named = { prefix: randomBytes(6).toString("base64url"), names: new Set() };
      perClient.set(client, named);
    }
    const name = `b${named.prefix}_${digest(text)}`;
    if (named.names.has(name) || named.names.size < MAX_NAMED) {
      named.names.add(name);
      return (await client.query({ name, text, values, types })).rows as T[];
    }
    return (await client.query({ text, values, types })).rows as T[];
  } catch (err) {
    // A connection that failed mid-statement may have lost its server, and a schema change under
    // a prepared statement (0A000, "cached plan must not change result type") breaks that
    // statement for good on this connection: neither goes back into the pool.
    broken ??= isConnectionError(err) || (err as { code?: unknown }).code === "0A000" ? (err as Error) : undefined;
    throw err;
  } finally {
    client.off("error", lost);
    client.release(broken);
  }
}

/** A failure of the connection itself, not of the statement (which Postgres reports with a SQLSTATE). */
function isConnectionError(err: unknown): boolean {
  return !(
    err &&
    typeof err === "object" &&
    "code" in err &&
    typeof err.code === "string" &&
    /^[0-9A-Z]{5}$/.test(err.code)
  );
}
