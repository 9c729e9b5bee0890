import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const INPUTS = [
  "app",
  "components",
  "db",
  "lib",
  "server",
  "content",
  "public",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "proxy.ts",
];

function inputs(): string[] {
  const extra = env("BYLINE_EXTRA_CONTENT_DIR");
  return extra ? [...INPUTS, extra] : INPUTS;
}

/** True when there is no production build or any input changed after it was made. */
export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, env("BYLINE_DIST_DIR"), "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return inputs().some((input) => newestMtime(path.resolve(root, input)) > builtAt);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}
