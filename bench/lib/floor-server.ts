import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { AppServer } from "./app-server";

const FLOOR_DIR = path.resolve("bench/floor");
const nextBin = path.resolve("node_modules/next/dist/bin/next");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === ".next" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the floor app when its build is missing or older than its sources (≈ 30 s). */
export function buildFloor(log: (line: string) => void): void {
  const buildId = path.join(FLOOR_DIR, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource(FLOOR_DIR)) return;
  log("building the floor app (bench/floor)");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: FLOOR_DIR,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`the floor app did not build:\n${result.stdout}\n${result.stderr}`);
}

/** `next start` of the floor app: the same framework, no database, no auth. */
export async function startFloor(port: number): Promise<AppServer> {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: FLOOR_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${url}/static`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`the floor app exited (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error("the floor app did not answer within a minute");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
