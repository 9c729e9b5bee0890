import "server-only";
import { LRUCache } from "lru-cache";

/**
 * The reports' figures, cached by each instance under the token of the class they belong to
 * (db/queries/reports/class-data-version.ts, moved on by every write they show, migration 0011).
 * An entry is served only while that token stands and before its `staleAt` (a due or opening
 * date that changes a figure with the clock alone). The age cap is a safety net for a write no
 * trigger sees (an edit made by hand in the database), not part of the rule.
 */
const MAX_AGE_MS = 10 * 60_000;

export type Cached<T> = { report: T; json: string };
type Entry = Cached<unknown> & { version: string | null; staleAt: number };

/** Per instance, bounded in bytes and entries: an instance is a cache that can be lost (docs/deploy.md). */
const cache = new LRUCache<string, Entry>({
  max: 10_000,
  maxSize: 64 * 2 ** 20,
  sizeCalculation: (e) => e.json.length || 1,
});
/** One computation per report and token at a time: ten teachers opening one report wait for one. */
const building = new Map<string, Promise<Entry>>();

/**
 * The report under `key` as of `version`, from this instance's cache or from `compute`, which
 * must read only after the token was (so what it computes is never older than the token says).
 * `changesAt` gives the first moment after which the clock alone changes the figures. A null
 * report (no such thing to report on) is not kept: addresses made up by the asker cannot fill
 * the cache.
 */
export async function cachedReport<T>(
  key: string,
  version: string | null,
  compute: () => Promise<T>,
  changesAt: (report: NonNullable<T>, now: number) => number = () => Infinity,
): Promise<Cached<T>> {
  const cached = cache.get(key);
  if (cached && cached.version === version && Date.now() < cached.staleAt) return cached as Cached<T>;
  const job = `${key} ${version}`;
  let pending = building.get(job);
  if (!pending) {
    const now = Date.now();
    pending = compute()
      .then((report) => ({
        report,
        json: JSON.stringify(report),
        version,
        staleAt: report == null ? now : Math.min(now + MAX_AGE_MS, changesAt(report, now)),
      }))
      .finally(() => building.delete(job));
    building.set(job, pending);
  }
  const entry = await pending;
  if (entry.report != null) cache.set(key, entry);
  return entry as Cached<T>;
}
