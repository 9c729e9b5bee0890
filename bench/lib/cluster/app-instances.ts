import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { buildIsStale } from "@/scripts/lib/build-is-stale";

export type Instance = {
  name: string;
  port: number;
  url: string;
  /** The current process (a new one after a restart). */
  child: ChildProcess;
  logFile: string;
};

const TSX = "node_modules/tsx/dist/cli.mjs";

/**
 * Builds once, when the build folder is missing or older than the code (the launcher's own rule,
 * scripts/lib/build-is-stale.ts): three instances must serve one build, and three launchers
 * would each rebuild the same folder at once.
 */
export function buildOnce(env: NodeJS.ProcessEnv, log: (line: string) => void): { built: boolean; seconds: number } {
  const started = Date.now();
  // buildIsStale reads BYLINE_DIST_DIR through lib/env, from this process's environment.
  process.env.BYLINE_DIST_DIR = env.BYLINE_DIST_DIR;
  if (!buildIsStale()) {
    log(`  the build in ${env.BYLINE_DIST_DIR} is fresh: reused`);
    return { built: false, seconds: 0 };
  }
  log(`  building into ${env.BYLINE_DIST_DIR} (next build)`);
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(
      `next build failed (exit ${result.status ?? result.signal}):\n${`${result.stdout}${result.stderr}`.slice(-3000)}`,
    );
  return { built: true, seconds: (Date.now() - started) / 1000 };
}

/**
 * Migrations and content, as each instance's launcher runs them before it serves
 * (scripts/db-migrate.ts, the same prepareDatabase as `npm start`): all at once, as three
 * containers starting together would; the advisory lock in db/migrate.ts serialises them.
 */
export async function prepareTogether(env: NodeJS.ProcessEnv, count: number): Promise<number> {
  const started = Date.now();
  const runs = Array.from({ length: count }, async () => {
    const child = spawn(process.execPath, [TSX, "scripts/db-migrate.ts"], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, "exit")) as [number | null];
    if (code !== 0) throw new Error(`a db:migrate run failed (exit ${code}):\n${stderr.slice(-2000)}`);
  });
  await Promise.all(runs);
  return (Date.now() - started) / 1000;
}

/**
 * One instance: the production server `npm start` runs once the database is prepared and the
 * build is there (scripts/serve.mjs: Next's handler behind a Node HTTP server that appends the
 * socket's address to X-Forwarded-For). Its output goes to a log file in the run's temp dir.
 */
export function spawnInstance(name: string, port: number, env: NodeJS.ProcessEnv, logDir: string): Instance {
  const logFile = path.join(logDir, `${name}.log`);
  const out = createWriteStream(logFile, { flags: "a" });
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return { name, port, url: `http://127.0.0.1:${port}`, child, logFile };
}

export async function waitHealthy(url: string, timeoutMs: number, child?: ChildProcess): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${url} exited (${child.exitCode}) before it was healthy`);
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      async (r) => (await r.arrayBuffer(), r.ok),
      () => false,
    );
    if (ok) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${url} was not healthy within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** SIGTERM, then SIGKILL when it does not exit within a few seconds. */
export async function stopProcess(child: ChildProcess, graceMs = 6000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The process's peak resident memory in MB (VmHWM), or null once it has exited. */
export function peakRssMb(pid: number | undefined): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}
