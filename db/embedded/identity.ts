import pg from "pg";

/**
 * Which data directory an embedded database lives in, written into the database itself (the
 * comment on the `postgres` database) by its owner at every start. A client that was handed a
 * port can then check it reached its own data and not another app's owner on that port.
 */
const PREFIX = "byline embedded data directory: ";

/** The statement the owner runs before it serves anyone. */
export function identityStatement(dataDir: string): string {
  return `COMMENT ON DATABASE postgres IS '${(PREFIX + dataDir).replaceAll("'", "''")}'`;
}

export class WrongEmbeddedDatabase extends Error {
  constructor(
    readonly expected: string,
    readonly served: string | null,
    readonly url: string,
  ) {
    super(
      `The database at ${url} is not this app's: it serves ${served ? `the embedded data directory ${served}` : "something other than a Byline embedded database"}, ` +
        `and this app's data directory is ${expected}. Stop the other app or give this one its own port (BYLINE_DB_PORT), then start again.`,
    );
    this.name = "WrongEmbeddedDatabase";
  }
}

/** The data directory the database at `url` says it lives in, or null when it says nothing. */
export async function servedDataDir(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      "select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()",
    );
    const comment = rows[0]?.comment ?? "";
    return comment.startsWith(PREFIX) ? comment.slice(PREFIX.length) : null;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Refuses to go on with a database that is not the one in `dataDir`. */
export async function assertServesDataDir(url: string, dataDir: string): Promise<void> {
  const served = await servedDataDir(url);
  if (served !== dataDir) throw new WrongEmbeddedDatabase(dataDir, served, url);
}
