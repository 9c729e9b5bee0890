import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDataDir } from "@/db/embedded/owner-info";
import { hasServerSecret } from "@/lib/env";

/**
 * next-auth needs AUTH_SECRET. For local runs one is generated once beside the embedded data (ignored by git)
 * so sessions survive restarts; deployments set their own.
 */
export function ensureAuthSecret(): void {
  if (hasServerSecret()) return;
  // Beside the embedded data dir (.data/ by default), so each data set keeps its own sessions.
  const file = path.join(path.dirname(resolveDataDir()), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
