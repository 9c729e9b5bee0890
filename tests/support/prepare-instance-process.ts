/**
 * One app instance's start, as far as the database goes: waits at a barrier (a file the test
 * creates once every instance is up, so they all prepare at the same moment), runs the real
 * preparation, then reads from the database to show it serves. Prints one JSON line.
 */
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { closeDb, db, selectRows } from "@/db";
import { resolveConnection } from "@/db/connection-config";
import { prepareDatabase } from "@/db/prepare";

async function main() {
  const [barrier] = process.argv.slice(2);
  // Never fall back to an embedded database: this stands for an instance on a shared server.
  if (resolveConnection().mode !== "server") throw new Error("DATABASE_URL must be set");
  process.stdout.write("waiting\n");
  while (!existsSync(barrier!)) await sleep(5);
  await prepareDatabase({ seedDemo: false });
  const [row] = await selectRows<{ n: number }>(sql`select count(*)::int as n from lessons`, db);
  process.stdout.write(`${JSON.stringify({ lessons: row!.n })}\n`);
  await closeDb();
}

main().catch(async (err: unknown) => {
  console.error(err);
  await closeDb();
  process.exit(1);
});
