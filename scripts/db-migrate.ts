/** `npm run db:migrate`: applies migrations and syncs content, without demo data. */
import { closeDb } from "@/db";
import { databaseServerConfigured } from "@/db/connection-config";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";
import { prepareDatabase } from "@/db/prepare";

async function main(): Promise<void> {
  const migrate = () => prepareDatabase({ seedDemo: false });
  if (databaseServerConfigured()) await migrate();
  else await withEmbeddedOwner(migrate);
  await closeDb();
  console.log("Database is up to date.");
}

main().catch(async (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  await closeDb();
  process.exit(1);
});
