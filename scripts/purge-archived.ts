/**
 * `npm run privacy:purge [-- --dry-run] [-- --days N]`: deletes the attempts and answers of
 * classes archived more than BYLINE_RETENTION_DAYS_ARCHIVED days ago (docs/security.md). Unset,
 * nothing is deleted. Meant for a daily scheduled job.
 */
import { parseArgs } from "node:util";
import { closeDb } from "@/db";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";
import { purgeArchivedClassWork } from "@/db/mutations/privacy";
import { retentionDaysSchema } from "@/lib/validations/privacy";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, days: { type: "string" } } });
  const setting = values.days === undefined ? "BYLINE_RETENTION_DAYS_ARCHIVED" : "--days";
  const parsed = retentionDaysSchema.safeParse(values.days ?? process.env.BYLINE_RETENTION_DAYS_ARCHIVED);
  if (!parsed.success) throw new Error(`${setting} ${parsed.error.issues[0]?.message ?? "is not valid"}.`);
  const retentionDays = parsed.data;
  if (retentionDays === null) {
    console.log("BYLINE_RETENTION_DAYS_ARCHIVED is not set: archived classes keep their answers. Nothing was deleted.");
    return;
  }
  const purge = () => purgeArchivedClassWork({ retentionDays, dryRun: values["dry-run"] });
  const report = process.env.DATABASE_URL || process.env.POSTGRES_URL ? await purge() : await withEmbeddedOwner(purge);
  const verb = values["dry-run"] ? "Would delete" : "Deleted";
  console.log(
    `${verb} ${report.attempts} attempt(s) and ${report.answers} answer(s) from ${report.classes} class(es) archived before ${report.cutoff.toISOString()} (${retentionDays} days).`,
  );
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
