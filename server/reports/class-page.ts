import "server-only";
import { listClassAssignments, type ClassAssignment } from "@/db/queries/assignments";
import type { Viewer } from "@/db/queries/class-access";
import { getManagedClass, type ClassDetails } from "@/db/queries/classes";
import { getClassDataVersion, type ClassDataVersion } from "@/db/queries/reports/class-data-version";
import { listRoster, type RosterEntry } from "@/db/queries/rosters";
import { listAssignableAuthoredLessons } from "@/db/queries/teacher-lessons";
import { nextScheduleChange } from "@/lib/assignments/next-schedule-change";
import { cachedReport, type Cached } from "./report-cache";

/** What the class page shows of the class, the same for whoever manages it. */
export type ClassPageData = { details: ClassDetails; roster: RosterEntry[]; assignments: ClassAssignment[] };

/**
 * The class page's figures, as its prerendered page fetches them, with the viewer's own (and
 * shared) published lessons, which the assignment form offers beside the built-in ones.
 */
export type ClassPageFigures = { class: ClassPageData; authoredLessons: { id: string; title: string }[] };

/** From the database, never from the cache (the cache's tests compare the two). Null: not the viewer's class. */
export async function computeClassPage(viewer: Viewer, classId: string): Promise<ClassPageData | null> {
  const [details, roster, assignments] = await Promise.all([
    getManagedClass(viewer, classId),
    listRoster(viewer, classId),
    listClassAssignments(viewer, classId),
  ]);
  return details && { details, roster, assignments };
}

/**
 * The class page's figures for a viewer who manages the class (null otherwise): the class from
 * this instance's cache under the class's token (server/reports/report-cache.ts), the viewer's
 * lessons read every time (another teacher's shared lesson is no write to this class). `json` is
 * what app/api/teach/classes/[classId] answers. `known`: the class, its token and the viewer's
 * lessons when the caller read them with the session.
 */
export async function loadClassPage(
  viewer: Viewer,
  classId: string,
  known: { klass?: ClassDataVersion; assignableLessons?: ClassPageFigures["authoredLessons"] | null } = {},
): Promise<Cached<ClassPageFigures> | null> {
  const klass = known.klass ?? (await getClassDataVersion(viewer, classId));
  if (!klass) return null;
  const [cached, authoredLessons] = await Promise.all([
    cachedReport(
      `class page ${classId}`,
      klass.version,
      () => computeClassPage(viewer, classId),
      (page, now) => nextScheduleChange(page.assignments, now),
    ),
    known.assignableLessons ?? listAssignableAuthoredLessons(viewer),
  ]);
  if (!cached.report) return null;
  return {
    report: { class: cached.report, authoredLessons },
    json: `{"class":${cached.json},"authoredLessons":${JSON.stringify(authoredLessons)}}`,
  };
}
