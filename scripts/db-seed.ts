/** `npm run db:seed`: migrates, syncs content and creates the demo logins on whichever database is configured. */
import { closeDb } from "@/db";
import { databaseServerConfigured } from "@/db/connection-config";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";
import { prepareDatabase } from "@/db/prepare";

async function main(): Promise<void> {
  const seed = () => prepareDatabase({ seedDemo: true });
  if (databaseServerConfigured()) await seed();
  else await withEmbeddedOwner(seed);
  await closeDb();
  console.log("Seeded: content and demo logins (see README).");
}

main().catch(async (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  await closeDb();
  process.exit(1);
});
