import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { PostgresCluster } from "./postgres-cluster";

export type Outage = { name: string; run: () => Promise<{ outageMs: number }> };

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitUntilBack(url: string, since: number): Promise<number> {
  while (!(await answers(url))) {
    if (performance.now() - since > 120_000)
      throw new Error(`the database at ${url} did not come back within two minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return performance.now() - since;
}

/**
 * Kills the embedded database's owner process (its pid is in the data dir's owner file) and lets
 * the app's supervisor restart it; the outage lasts until the new owner accepts connections.
 */
export function killEmbeddedOwner(dataDir: string, url: string, signal: "SIGTERM" | "SIGKILL"): Outage {
  return {
    name: `embedded owner killed with ${signal}, restarted by its supervisor`,
    run: async () => {
      const { pid } = JSON.parse(readFileSync(path.join(dataDir, "byline-owner.json"), "utf8")) as { pid: number };
      const started = performance.now();
      process.kill(pid, signal);
      // Until the owner is gone the old one may still answer.
      while (await answers(url)) await new Promise((r) => setTimeout(r, 50));
      return { outageMs: await waitUntilBack(url, started) };
    },
  };
}

/** Stops the benchmark's own cluster as a crash would (immediate: no checkpoint), then starts it again. */
export function restartCluster(cluster: PostgresCluster, downMs: number): Outage {
  return {
    name: `Postgres server stopped (immediate) for ${downMs / 1000} s, then started`,
    run: async () => {
      const started = performance.now();
      await cluster.stop("immediate");
      await new Promise((r) => setTimeout(r, downMs));
      await cluster.start();
      return { outageMs: await waitUntilBack(cluster.url, started) };
    },
  };
}
