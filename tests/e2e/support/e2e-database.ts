import path from "node:path";
import { readOwnerInfo } from "../../../db/embedded/owner-info";

/** Where the e2e server keeps its throwaway embedded database (playwright.config.ts starts it). */
export const E2E_DATA_DIR = ".test-data/e2e/pglite";

/**
 * The e2e database's URL, read from its owner's info file: the owner moves to another free port
 * when the preferred one (E2E_DB_PORT) is taken, as it can be on a busy CI machine.
 */
export function e2eDatabaseUrl(): string {
  const info = readOwnerInfo(path.resolve(E2E_DATA_DIR));
  if (!info) throw new Error(`No embedded database owner is running for ${E2E_DATA_DIR}; is the e2e web server up?`);
  return info.url;
}
