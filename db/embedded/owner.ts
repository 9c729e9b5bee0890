/**
 * The one process that opens the embedded PGlite data dir. It serves it over the Postgres wire
 * protocol; the app, migrations, seed and psql all connect to it like to any Postgres server.
 *
 * Usage: tsx db/embedded/owner.ts [--data-dir DIR] [--port N]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock";
import { embeddedUrl, ownerInfoPath, preferredEmbeddedPort, resolveDataDir } from "./owner-info";
import { serializeExtendedQueries } from "./serialize-extended-queries";

const { values } = parseArgs({ options: { "data-dir": { type: "string" }, port: { type: "string" } } });
const dataDir = values["data-dir"] ?? resolveDataDir();
const port = values.port ? Number.parseInt(values.port, 10) : preferredEmbeddedPort();

async function main(): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  let release: () => void;
  try {
    release = acquireDataDirLock(dataDir);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }

  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
  serializeExtendedQueries(server);
  await server.start();
  writeFileSync(ownerInfoPath(dataDir), JSON.stringify({ pid: process.pid, port }));
  console.log(`embedded database ready at ${embeddedUrl(port)} (data in ${dataDir})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`embedded database stopping (${signal})`);
    await server.stop();
    await db.close();
    rmSync(ownerInfoPath(dataDir), { force: true });
    release();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err: unknown) => {
  console.error("embedded database failed to start:", err);
  process.exit(1);
});
