import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/** Where a running owner says it listens; clients in other processes find it through this file. */
export type OwnerInfo = { pid: number; port: number; url: string };

export function resolveDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env("BYLINE_DATA_DIR"));
}

/** The port the embedded database is served on (another free one is picked when it is taken). */
export function preferredEmbeddedPort(): number {
  return env("BYLINE_DB_PORT");
}

export function ownerInfoPath(dataDir: string): string {
  return path.join(dataDir, "byline-owner.json");
}

export function embeddedUrl(port: number): string {
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

export function readOwnerInfo(dataDir: string): OwnerInfo | null {
  try {
    const info = JSON.parse(readFileSync(ownerInfoPath(dataDir), "utf8")) as Partial<OwnerInfo>;
    if (typeof info.pid !== "number" || typeof info.port !== "number") return null;
    return { pid: info.pid, port: info.port, url: embeddedUrl(info.port) };
  } catch {
    return null;
  }
}
