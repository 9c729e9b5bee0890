import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { logger } from "@/lib/logger";
import { assertServesDataDir } from "./identity";
import { embeddedUrl } from "./owner-info";

const OWNER_SCRIPT = path.join(process.cwd(), "db", "embedded", "owner.ts");
const LOCKED_EXIT_CODE = 3;
const MAX_RESTARTS_PER_MINUTE = 10;

export type SupervisedOwner = { url: string; port: number; pid: () => number | undefined; stop: () => Promise<void> };

/**
 * Runs the embedded database's owner as its own process and restarts it when it dies, so a
 * crash or a kill costs a few seconds of retryable errors instead of the whole app.
 *
 * The owner binds the port itself (the preferred one, else any free one) and reports it: checking
 * a port and binding it later let two owners started at the same moment pick the same port, and a
 * readiness check that accepted any Postgres on it then served the other app's database. Before
 * anyone uses it, the database must say it lives in `dataDir` (identity.ts).
 */
export async function startSupervisedOwner(dataDir: string, preferredPort: number): Promise<SupervisedOwner> {
  let port = preferredPort;
  let child: ChildProcess;
  let stopping = false;
  // Until the first owner serves, a failure is the caller's to hear about, not a restart.
  let serving = false;
  const restarts: number[] = [];

  const launch = (firstLaunch: boolean): ChildProcess => {
    // A restart keeps the port its clients were given.
    const args = [
      "--import",
      "tsx",
      OWNER_SCRIPT,
      "--data-dir",
      dataDir,
      "--port",
      String(port),
      ...(firstLaunch ? ["--any-port"] : []),
    ];
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env });
    proc.on("exit", (code, signal) => {
      if (stopping || !serving || code === LOCKED_EXIT_CODE) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts[0]! < now - 60_000) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
        logger.fatal({ code, signal }, "embedded database keeps failing; giving up");
        process.exit(1);
      }
      logger.warn({ code, signal }, "embedded database stopped unexpectedly; restarting");
      setTimeout(() => {
        if (!stopping) child = launch(false);
      }, 300);
    });
    return proc;
  };

  child = launch(true);
  try {
    port = await ownerReady(child);
  } catch (err) {
    child.kill("SIGTERM");
    throw err;
  }
  serving = true;
  const url = embeddedUrl(port);
  try {
    await assertServesDataDir(url, dataDir);
  } catch (err) {
    stopping = true;
    child.kill("SIGTERM");
    throw err;
  }
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

/** The port the owner reports once it serves; its exit or silence first is an error. */
function ownerReady(proc: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("The embedded database did not become ready within two minutes.")),
      120_000,
    );
    proc.on("message", (message: { ready?: boolean; port?: number }) => {
      if (message?.ready && typeof message.port === "number") {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          code === LOCKED_EXIT_CODE
            ? "The embedded database is already in use by another process (see the message above)."
            : `The embedded database failed to start (exit code ${code}; see the message above).`,
        ),
      );
    });
  });
}
