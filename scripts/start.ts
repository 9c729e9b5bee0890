/**
 * `npm start` (and `npm run dev`): starts the embedded database when no database is configured,
 * migrates, syncs content, seeds the demo logins (embedded only), builds when the build is
 * missing or stale, then runs Next. One process owns everything it started and stops it on exit.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { closeDb } from "@/db";
import { databaseServerConfigured } from "@/db/connection-config";
import { preferredEmbeddedPort, resolveDataDir } from "@/db/embedded/owner-info";
import { startSupervisedOwner, type SupervisedOwner } from "@/db/embedded/supervisor";
import { prepareDatabase } from "@/db/prepare";
import { adminFromSettings, checkEnv, env, EnvError } from "@/lib/env";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIsStale } from "./lib/build-is-stale";

const dev = process.argv.includes("--dev");
const nextBin = require.resolve("next/dist/bin/next");

/** Every setting, before anything starts or is written: a typo stops here, with its name. */
function checkSettings(): void {
  try {
    checkEnv();
    adminFromSettings();
  } catch (err) {
    if (!(err instanceof EnvError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  checkSettings();
  ensureAuthSecret();
  let owner: SupervisedOwner | null = null;
  let next: ChildProcess | null = null;
  let building: ChildProcess | null = null;
  let stopping = false;
  const stopOwner = async () => owner?.stop();
  // Installed before the database owner starts: a SIGTERM during migration or the build stops
  // what was started (the owner also stops itself when this process dies, see owner.ts).
  const shutdown = (signal: NodeJS.Signals) => {
    if (next) return void next.kill(signal);
    if (stopping) return;
    stopping = true;
    building?.kill(signal);
    void stopOwner().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  const embedded = !databaseServerConfigured();
  if (embedded) {
    owner = await startSupervisedOwner(resolveDataDir(), preferredEmbeddedPort());
    if (stopping) return void (await owner.stop());
    process.env.BYLINE_EMBEDDED_DATABASE_URL = owner.url;
    console.log(`Embedded database: ${owner.url} (data in ${resolveDataDir()})`);
  }
  try {
    await prepareDatabase({ seedDemo: embedded });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await stopOwner();
    process.exit(1);
  } finally {
    await closeDb();
  }

  if (!dev && buildIsStale()) {
    console.log("Building the app (first start, or the code changed since the last build)…");
    building = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    const [code] = (await once(building, "exit")) as [number | null];
    building = null;
    if (stopping) return;
    if (code !== 0) {
      await stopOwner();
      process.exit(code ?? 1);
    }
  }
  if (stopping) return;

  const port = String(env("PORT"));
  // Production runs Next behind the launcher's own HTTP server (scripts/serve.mjs: the socket's
  // address reaches the rate limits); development keeps Next's dev server.
  const args = dev ? [nextBin, "dev", "-p", port] : [path.join(process.cwd(), "scripts", "serve.mjs")];
  const childEnv: NodeJS.ProcessEnv = dev ? process.env : { ...process.env, PORT: port, NODE_ENV: "production" };
  next = spawn(process.execPath, args, { stdio: "inherit", env: childEnv });
  next.on("exit", async (code) => {
    await stopOwner();
    process.exit(code ?? 0);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
