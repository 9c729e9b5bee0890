import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { closeDb } from "@/db";
import { startSupervisedOwner, type SupervisedOwner } from "@/db/embedded/supervisor";
import { prepareDatabase } from "@/db/prepare";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set when the suite runs on an embedded database this setup started; null on a server. */
    embeddedDatabaseUrl: string | null;
  }
}

/**
 * Gives the integration suite a migrated database with the content loaded: the one named by
 * DATABASE_URL or POSTGRES_URL (CI creates a fresh one per run), else a throwaway embedded one.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = Boolean(process.env.DATABASE_URL || process.env.POSTGRES_URL);
  let owner: SupervisedOwner | null = null;
  let tempDir: string | null = null;
  const teardown = async () => {
    await owner?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    if (!external) {
      tempDir = mkdtempSync(path.join(os.tmpdir(), "byline-integration-"));
      // Port 0: any free port, so a running app or a second checkout is never in the way.
      owner = await startSupervisedOwner(path.join(tempDir, "pglite"), 0);
      process.env.BYLINE_EMBEDDED_DATABASE_URL = owner.url;
    }
    project.provide("embeddedDatabaseUrl", owner?.url ?? null);
    await prepareDatabase({ seedDemo: false });
  } catch (err) {
    await teardown();
    throw err;
  } finally {
    await closeDb();
  }
  return teardown;
}
