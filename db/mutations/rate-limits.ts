import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import { limitFor, limitKey, RATE_LIMITS, type LimitName } from "@/lib/rate-limits/settings";

/**
 * Counts one attempt against each named limit (hit_rate_limit, migration 0004: one statement a
 * limit, in Postgres so every app instance shares it). Returns the seconds to wait when any is
 * exceeded, else 0.
 */
export async function hitRateLimits(hits: { name: LimitName; subject: string }[]): Promise<number> {
  let wait = 0;
  for (const { name, subject } of hits) {
    const limit = limitFor(name);
    if (!limit) continue;
    const [row] = await selectRows<{ retry_after: number }>(
      sql`select hit_rate_limit(${limitKey(name, subject)}, ${limit.points}::int, ${limit.seconds}::int) as retry_after`,
    );
    wait = Math.max(wait, row?.retry_after ?? 0);
  }
  return wait;
}

/**
 * Takes back one counted attempt: a correct password is not a guess, so a teacher signing in on
 * the projector, a laptop and a phone is never locked out by their own sign-ins.
 */
export async function refundRateLimit(name: LimitName, subject: string): Promise<void> {
  await selectRows(
    sql`update rate_limits set hits = greatest(hits - 1, 0) where key = ${limitKey(name, subject)} returning 1`,
  );
}

/**
 * Deletes the counters of windows that ended: older than the longest limit's window in force, and
 * a day at least. They hold only hashes, but nothing needs them once their window is over.
 * `npm run privacy:purge` (the daily job) calls it.
 */
export async function purgeEndedRateLimitWindows({ dryRun = false, now = new Date() } = {}): Promise<number> {
  const longest = Math.max(0, ...(Object.keys(RATE_LIMITS) as LimitName[]).map((name) => limitFor(name)?.seconds ?? 0));
  const cutoff = new Date(now.getTime() - Math.max(longest, 24 * 60 * 60) * 1000);
  const [row] = dryRun
    ? await selectRows<{ count: number }>(
        sql`select count(*)::int as count from rate_limits where window_started_at < ${cutoff}`,
      )
    : await selectRows<{ count: number }>(
        sql`with gone as (delete from rate_limits where window_started_at < ${cutoff} returning 1) select count(*)::int as count from gone`,
      );
  return row?.count ?? 0;
}
