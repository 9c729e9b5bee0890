import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFilePath } from "@/db/embedded/data-dir-lock";

const root = mkdtempSync(path.join(tmpdir(), "byline-bad-setting-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm start` as `node --import tsx scripts/start.ts`, on the embedded database in a throwaway folder. */
function start(settings: Record<string, string>) {
  const dataDir = path.join(root, "pglite");
  const env: NodeJS.ProcessEnv = { ...process.env, BYLINE_DATA_DIR: dataDir, ...settings };
  for (const name of ["DATABASE_URL", "POSTGRES_URL", "BYLINE_EMBEDDED_DATABASE_URL", "AUTH_SECRET", "NEXTAUTH_SECRET"])
    delete env[name];
  const began = Date.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: process.cwd(),
    encoding: "utf8",
    env,
    timeout: 60_000,
  });
  return { ...run, dataDir, seconds: (Date.now() - began) / 1000 };
}

describe("npm start with a malformed setting", () => {
  it("stops at once, naming the setting and what it expects, before it starts or writes anything", () => {
    const run = start({ BYLINE_LIMIT_SIGN_IN_ACCOUNT: "ten" });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'BYLINE_LIMIT_SIGN_IN_ACCOUNT must be "<attempts>/<window>" such as 10/15m, or "off" (got "ten")',
    );
    expect(run.stdout).not.toContain("Embedded database");
    expect(run.seconds).toBeLessThan(20);
    // No owner was started (its lock), and no secret was generated beside the data.
    expect(existsSync(lockFilePath(run.dataDir))).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it("reports every malformed setting, and an admin email without its password", () => {
    const run = start({ PORT: "web", LOG_LEVEL: "loud", BYLINE_ADMIN_EMAIL: "head@school.org" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT must be a port number (1 to 65535) (got "web")');
    expect(run.stderr).toContain(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    );
    expect(readdirSync(root)).toEqual([]);
    const admin = start({ BYLINE_ADMIN_EMAIL: "head@school.org" });
    expect(admin.status).toBe(1);
    expect(admin.stderr.trim()).toBe(
      "BYLINE_ADMIN_PASSWORD must be set too when BYLINE_ADMIN_EMAIL is (to create the first admin)",
    );
    expect(readdirSync(root)).toEqual([]);
  });
});
