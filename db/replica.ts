import "server-only";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { cache } from "react";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { caughtUpWithin } from "@/lib/replica-freshness";
import { db, selectRows, type Db } from "./index";
import * as schema from "./schema";

type Replica = { db: Db; pool: Pool; url: string };
export type ReportSource = { executor: Pick<Db, "execute">; source: "primary" | "replica" };

// One pool per process, as for the primary (db/index.ts).
const globalForReplica = globalThis as typeof globalThis & { bylineReplica?: Replica; bylineReplicaDownUntil?: number };

/** A replica that failed is left alone this long: a report must not wait on a dead server each time. */
const DOWN_PAUSE_MS = 10_000;

function openReplica(): Replica | null {
  const url = env("DATABASE_REPLICA_URL");
  if (!url) return null;
  const open = globalForReplica.bylineReplica;
  if (open?.url === url) return open;
  const pool = new Pool({ connectionString: url, max: env("BYLINE_DB_POOL_SIZE"), connectionTimeoutMillis: 1_000 });
  pool.on("error", () => {});
  const replica = { db: drizzle(pool, { schema }) as unknown as Db, pool, url };
  globalForReplica.bylineReplica = replica;
  return replica;
}

const PRIMARY: ReportSource = { executor: db, source: "primary" };

/**
 * Where a teacher's report reads: the replica once it has replayed everything the primary had
 * written when this request began (so a report is never older than the page that asked for it,
 * which says its figures are computed when it is opened), otherwise the primary. A replica that
 * is not a standby (promoted, or misconfigured) never reports a replay position, so it is never
 * read. Once per request (React's cache); students' pages never come here.
 */
export const reportSource = cache(async (): Promise<ReportSource> => {
  const replica = openReplica();
  if (!replica || (globalForReplica.bylineReplicaDownUntil ?? 0) > Date.now()) return PRIMARY;
  const [primary] = await selectRows<{ lsn: string }>(sql`select pg_current_wal_lsn()::text as lsn`);
  try {
    const fresh = await caughtUpWithin(async () => {
      const [row] = await selectRows<{ fresh: boolean | null }>(
        sql`select pg_last_wal_replay_lsn() >= ${primary!.lsn}::pg_lsn as fresh`,
        replica.db,
      );
      return row?.fresh === true;
    }, env("BYLINE_REPLICA_WAIT_MS"));
    if (!fresh) logger.debug({ lsn: primary!.lsn }, "the replica is behind: this report reads the primary");
    return fresh ? { executor: replica.db, source: "replica" } : PRIMARY;
  } catch (err) {
    globalForReplica.bylineReplicaDownUntil = Date.now() + DOWN_PAUSE_MS;
    logger.warn({ err }, "the replica did not answer: reports read the primary for a while");
    return PRIMARY;
  }
});

/**
 * Rows of a report query, from wherever reportSource says. A replica that fails the query (it
 * restarted, or its connection dropped) is left alone for a while and the primary answers this
 * one: a teacher gets the report, not an error page.
 */
export async function selectReportRows<T>(query: Parameters<typeof selectRows>[0]): Promise<T[]> {
  const source = await reportSource();
  if (source.source === "primary") return selectRows<T>(query, source.executor);
  try {
    return await selectRows<T>(query, source.executor);
  } catch (err) {
    globalForReplica.bylineReplicaDownUntil = Date.now() + DOWN_PAUSE_MS;
    logger.warn({ err }, "a report query failed on the replica: the primary answers it");
    return selectRows<T>(query, db);
  }
}

export async function closeReplica(): Promise<void> {
  const open = globalForReplica.bylineReplica;
  globalForReplica.bylineReplica = undefined;
  globalForReplica.bylineReplicaDownUntil = undefined;
  await open?.pool.end();
}
