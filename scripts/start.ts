/**
 * `npm start` (and `npm run dev`): starts the embedded database when no database is configured,
 * migrates, syncs content, seeds the demo logins (embedded only), builds when the build is
 * missing or stale, then runs Next. One process owns everything it started and stops it on exit.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { closeDb } from "@/db";
import { preferredEmbeddedPort, resolveDataDir } from "@/db/embedded/owner-info";
import { startSupervisedOwner, type SupervisedOwner } from "@/db/embedded/supervisor";
import { prepareDatabase } from "@/db/prepare";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIsStale } from "./lib/build-is-stale";

const dev = process.argv.includes("--dev");
const nextBin = require.resolve("next/dist/bin/next");

async function main(): Promise<void> {
  ensureAuthSecret();
  let owner: SupervisedOwner | null = null;
  const embedded = !process.env.DATABASE_URL && !process.env.POSTGRES_URL;
  if (embedded) {
    owner = await startSupervisedOwner(resolveDataDir(), preferredEmbeddedPort());
    process.env.BYLINE_EMBEDDED_DATABASE_URL = owner.url;
    console.log(`Embedded database: ${owner.url} (data in ${resolveDataDir()})`);
  }
  const stopOwner = async () => owner?.stop();
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
    const code = await run([nextBin, "build"]);
    if (code !== 0) {
      await stopOwner();
      process.exit(code ?? 1);
    }
  }

  const port = process.env.PORT ?? "3000";
  // Production runs Next behind the launcher's own HTTP server (scripts/serve.mjs: the socket's
  // address reaches the rate limits); development keeps Next's dev server.
  const args = dev ? [nextBin, "dev", "-p", port] : [path.join(process.cwd(), "scripts", "serve.mjs")];
  const env: NodeJS.ProcessEnv = dev ? process.env : { ...process.env, PORT: port, NODE_ENV: "production" };
  const next = spawn(process.execPath, args, { stdio: "inherit", env });
  const shutdown = (signal: NodeJS.Signals) => {
    next.kill(signal);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  next.on("exit", async (code) => {
    await stopOwner();
    process.exit(code ?? 0);
  });
}

function run(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code));
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
