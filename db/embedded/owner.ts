/**
 * The one process that opens the embedded PGlite data dir. It serves it over the Postgres wire
 * protocol; the app, migrations, seed and psql all connect to it like to any Postgres server.
 *
 * Usage: tsx db/embedded/owner.ts [--data-dir DIR] [--port N] [--any-port]
 *
 * It binds its port itself (checking first and binding later let two owners started at the same
 * moment both pick one port). With --any-port it takes any free port when N is taken; a restart
 * keeps the port its clients know. Once serving, it tells a supervising parent its port.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { Server } from "node:net";
import { acquireDataDirLock, DataDirLockedError } from "./data-dir-lock";
import { identityStatement } from "./identity";
import { embeddedUrl, ownerInfoPath, preferredEmbeddedPort, resolveDataDir } from "./owner-info";
import { serializeExtendedQueries } from "./serialize-extended-queries";

const { values } = parseArgs({
  options: { "data-dir": { type: "string" }, port: { type: "string" }, "any-port": { type: "boolean" } },
});
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
  // Written into the database, so a client handed a port can check it reached this directory.
  await db.exec(identityStatement(dataDir));
  const { server, port: served } = await serve(db);
  writeFileSync(ownerInfoPath(dataDir), JSON.stringify({ pid: process.pid, port: served }));
  console.log(`embedded database ready at ${embeddedUrl(served)} (data in ${dataDir})`);
  process.send?.({ ready: true, port: served, dataDir });

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
  // A supervisor that died without stopping us (SIGKILL) would leave an owner nobody restarts or
  // stops, holding the data directory's lock: go with it.
  process.on("disconnect", () => void stop("supervisor gone"));
}

/** Binds the asked port, or (with --any-port) any free one when it is taken. */
async function serve(db: PGlite): Promise<{ server: PGLiteSocketServer; port: number }> {
  const attempt = async (asked: number) => {
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: asked, maxConnections: 64 });
    serializeExtendedQueries(server);
    await server.start();
    return { server, port: boundPort(server) ?? asked };
  };
  try {
    return await attempt(port);
  } catch (err) {
    if (!values["any-port"] || (err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    return attempt(0);
  }
}

/** The port the socket server actually listens on (it keeps its net.Server private). */
function boundPort(server: PGLiteSocketServer): number | null {
  const address = (server as unknown as { server?: Server }).server?.address();
  return address && typeof address === "object" ? address.port : null;
}

main().catch((err: unknown) => {
  console.error("embedded database failed to start:", err);
  process.exit(1);
});
