import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import { limitFor, limitKey, type LimitName } from "@/lib/rate-limits/settings";

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
