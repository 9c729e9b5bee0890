import { isAlive } from "./data-dir-lock";
import { assertServesDataDir } from "./identity";
import { preferredEmbeddedPort, readOwnerInfo, resolveDataDir } from "./owner-info";
import { startSupervisedOwner, type SupervisedOwner } from "./supervisor";

/**
 * Makes sure an owner serves the embedded database for the duration of `fn`: the running app's
 * owner when there is one (never a second opener of the same data dir), else one started here.
 * Sets BYLINE_EMBEDDED_DATABASE_URL so the db client connects to it.
 */
export async function withEmbeddedOwner<T>(fn: (owner: { url: string; started: boolean }) => Promise<T>): Promise<T> {
  const dataDir = resolveDataDir();
  const running = readOwnerInfo(dataDir);
  let owner: SupervisedOwner | null = null;
  let url: string;
  if (running && isAlive(running.pid)) {
    url = running.url;
    // The owner file may be stale, its port now another app's: only this directory's data will do.
    await assertServesDataDir(url, dataDir);
  } else {
    owner = await startSupervisedOwner(dataDir, preferredEmbeddedPort());
    url = owner.url;
  }
  process.env.BYLINE_EMBEDDED_DATABASE_URL = url;
  try {
    return await fn({ url, started: owner !== null });
  } finally {
    await owner?.stop();
  }
}
