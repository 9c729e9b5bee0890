import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { logger } from "@/lib/logger";
import { embeddedUrl } from "./owner-info";

const OWNER_SCRIPT = path.join(process.cwd(), "db", "embedded", "owner.ts");
const LOCKED_EXIT_CODE = 3;
const MAX_RESTARTS_PER_MINUTE = 10;

export type SupervisedOwner = { url: string; port: number; pid: () => number | undefined; stop: () => Promise<void> };

/**
 * Runs the embedded database's owner as its own process and restarts it when it dies, so a
 * crash or a kill costs a few seconds of retryable errors instead of the whole app.
 */
export async function startSupervisedOwner(dataDir: string, preferredPort: number): Promise<SupervisedOwner> {
  const port = await pickPort(preferredPort);
  const url = embeddedUrl(port);
  let child: ChildProcess;
  let stopping = false;
  const restarts: number[] = [];

  const launch = (): ChildProcess => {
    const proc = spawn(process.execPath, ["--import", "tsx", OWNER_SCRIPT, "--data-dir", dataDir, "--port", String(port)], {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
    });
    proc.on("exit", (code, signal) => {
      if (stopping || code === LOCKED_EXIT_CODE) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        logger.fatal({ code, signal }, "embedded database keeps failing; giving up");
        process.exit(1);
      }
      logger.warn({ code, signal }, "embedded database stopped unexpectedly; restarting");
      setTimeout(() => {
        if (!stopping) child = launch();
      }, 300);
    });
    return proc;
  };

  child = launch();
  await waitUntilReady(url, () => child);
  return {
    url,
    port,
    pid: () => child.pid,
    stop: async () => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilReady(url: string, current: () => ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const proc = current();
    if (proc.exitCode === LOCKED_EXIT_CODE) {
      throw new Error("The embedded database is already in use by another process (see the message above).");
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`The embedded database did not become ready at ${url} within two minutes.`);
}

/** The preferred port when it is free, else any free port: a second checkout may be running. */
async function pickPort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}
