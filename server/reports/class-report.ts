import "server-only";
import type { Viewer } from "@/db/queries/class-access";
import { listAssignmentOverview, type AssignmentOverview } from "@/db/queries/reports/class-overview";
import { getClassDataVersion, type ClassDataVersion } from "@/db/queries/reports/class-data-version";
import { listClassSkillScores, listReportRoster } from "@/db/queries/reports/class-skills";
import type { SkillMastery } from "@/lib/mastery";
import { classSkillMastery, studentSkillRows, type ClassSkillMastery } from "@/lib/reports/class-mastery";
import { nextScheduleChange } from "@/lib/assignments/next-schedule-change";
import { cachedReport, type Cached } from "./report-cache";

/** Everything the class report shows, the same for whoever manages the class. */
export type ClassReport = {
  classId: string;
  className: string;
  assignments: AssignmentOverview[];
  skills: ClassSkillMastery[];
  rows: { id: string; name: string; skills: SkillMastery[] }[];
};

/** The report from the database, never from the cache (the cache's tests compare the two). */
export async function computeClassReport(viewer: Viewer, classId: string, className: string): Promise<ClassReport> {
  const [assignments, roster, scores] = await Promise.all([
    listAssignmentOverview(viewer, classId),
    listReportRoster(viewer, classId),
    listClassSkillScores(viewer, classId),
  ]);
  const rows = studentSkillRows(roster, scores);
  return { classId, className, assignments, skills: classSkillMastery(rows), rows };
}

/**
 * The class report for a viewer who manages the class (null otherwise), from this instance's
 * cache when nothing it shows has changed since. `json` is the report as the browser fetches it
 * (app/api/teach/classes/[classId]/report). `known`: the class and its token when the caller read
 * them with the session (server/reports/report-response.ts); looked up here otherwise.
 */
export async function loadClassReport(
  viewer: Viewer,
  classId: string,
  known?: ClassDataVersion,
): Promise<Cached<ClassReport> | null> {
  const klass = known ?? (await getClassDataVersion(viewer, classId));
  if (!klass) return null;
  return cachedReport(
    `class ${classId}`,
    klass.version,
    () => computeClassReport(viewer, classId, klass.name),
    (report, now) => nextScheduleChange(report.assignments, now),
  );
}
