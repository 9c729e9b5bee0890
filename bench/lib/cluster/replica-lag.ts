import pg from "pg";

export type LagSample = {
  atMs: number;
  /** pg_stat_replication on the primary: replay_lag (null when the standby is idle) and WAL bytes not yet replayed. */
  replayLagMs: number | null;
  unreplayedBytes: number | null;
  /**
   * On the replica: now() - pg_last_xact_replay_timestamp() while it has received WAL it has not
   * replayed yet, 0 when it has replayed all it received (the usual standby-side lag query; the
   * bare age would grow while the primary commits nothing).
   */
  replayAgeMs: number | null;
};

/**
 * Samples the replica's lag every second, from both ends.
 */
export function sampleReplicaLag(primaryUrl: string, replicaUrl: string) {
  const samples: LagSample[] = [];
  const primary = new pg.Client({ connectionString: primaryUrl });
  const replica = new pg.Client({ connectionString: replicaUrl });
  primary.on("error", () => {});
  replica.on("error", () => {});
  let timer: NodeJS.Timeout | null = null;
  const started = performance.now();
  const number = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const sample = async () => {
    const [p, r] = await Promise.all([
      primary.query<{ lag: string | null; bytes: string | null }>(
        `select extract(epoch from replay_lag) * 1000 as lag,
                pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) as bytes
         from pg_stat_replication limit 1`,
      ),
      replica.query<{ age: string | null }>(
        `select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                     else extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000 end as age`,
      ),
    ]);
    samples.push({
      atMs: performance.now() - started,
      replayLagMs: number(p.rows[0]?.lag),
      unreplayedBytes: number(p.rows[0]?.bytes),
      replayAgeMs: number(r.rows[0]?.age),
    });
  };
  return {
    start: async () => {
      await Promise.all([primary.connect(), replica.connect()]);
      timer = setInterval(() => void sample().catch(() => {}), 1000);
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      await Promise.all([primary.end().catch(() => {}), replica.end().catch(() => {})]);
      return samples;
    },
  };
}

/** Transactions the server has run in every database so far: on the replica, the reads it served. */
export async function transactionsRun(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      "select sum(xact_commit + xact_rollback) as n from pg_stat_database",
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}
