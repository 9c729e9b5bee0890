import pg from "pg";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";

export const SERVER_BACKUP_HINT =
  "This command backs up and restores the embedded database. With DATABASE_URL or POSTGRES_URL set, use pg_dump and pg_restore (docs/security.md, Backups).";

/** Runs `fn` with one connection to the embedded database: the running app's owner, or one started for the purpose. */
export async function withEmbeddedClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withEmbeddedOwner(async ({ url }) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  });
}
