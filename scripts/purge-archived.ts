/**
 * `npm run privacy:purge [-- --dry-run] [-- --days N]`: deletes the attempts and answers of
 * classes archived more than BYLINE_RETENTION_DAYS_ARCHIVED days ago (docs/security.md; unset, no
 * class work is deleted), the rate-limit counters of windows that ended and sessions that timed
 * out. Meant for a daily
 * scheduled job.
 */
import { parseArgs } from "node:util";
import { closeDb } from "@/db";
import { databaseServerConfigured } from "@/db/connection-config";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";
import { purgeArchivedClassWork } from "@/db/mutations/privacy";
import { purgeEndedRateLimitWindows } from "@/db/mutations/rate-limits";
import { deleteExpiredSessions } from "@/db/mutations/sessions";
import { env } from "@/lib/env";
import { retentionDaysSchema } from "@/lib/validations/privacy";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "dry-run": { type: "boolean", default: false }, days: { type: "string" } },
  });
  const retentionDays = values.days === undefined ? env("BYLINE_RETENTION_DAYS_ARCHIVED") : daysOption(values.days);
  const dryRun = values["dry-run"];
  const purge = async () => ({
    counters: await purgeEndedRateLimitWindows({ dryRun }),
    sessions: await deleteExpiredSessions({ dryRun }),
    work: retentionDays === null ? null : await purgeArchivedClassWork({ retentionDays, dryRun }),
  });
  const { counters, sessions, work } = databaseServerConfigured() ? await purge() : await withEmbeddedOwner(purge);
  const verb = dryRun ? "Would delete" : "Deleted";
  if (work === null) {
    console.log(
      "BYLINE_RETENTION_DAYS_ARCHIVED is not set: archived classes keep their answers. No class work was deleted.",
    );
  } else {
    console.log(
      `${verb} ${work.attempts} attempt(s) and ${work.answers} answer(s) from ${work.classes} class(es) archived before ${work.cutoff.toISOString()} (${retentionDays} days).`,
    );
  }
  console.log(`${verb} ${counters} rate-limit counter(s) of windows that ended.`);
  console.log(`${verb} ${sessions} session(s) that timed out.`);
}

function daysOption(value: string): number | null {
  const parsed = retentionDaysSchema.safeParse(value);
  if (!parsed.success) throw new Error(`--days ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
  return parsed.data;
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
