import "server-only";
import type { Viewer } from "@/db/queries/class-access";
import { getStudentAccountView, type StudentPrivacySummary } from "@/db/queries/privacy";
import { getClassDataVersion, type ClassDataVersion } from "@/db/queries/reports/class-data-version";
import { listClassSkillScores } from "@/db/queries/reports/class-skills";
import {
  getClassStudent,
  listStudentClassAttempts,
  listStudentMasteryTimeline,
  type ClassStudent,
  type StudentAttempt,
} from "@/db/queries/reports/student-report";
import { bestLessonForSkill } from "@/lib/content/catalog";
import { nextSkillToPractise, summarizeMastery, type SkillMastery } from "@/lib/mastery";
import { accountRefusals } from "@/lib/privacy/student-account-refusals";
import { masteryTimelineRows } from "@/lib/reports/mastery-timeline";
import { cachedReport } from "./report-cache";

/** A student's work in one class: the same for whoever manages the class (dates on the viewer's calendar). */
export type StudentWork = {
  classId: string;
  student: ClassStudent;
  attempts: StudentAttempt[];
  skills: SkillMastery[];
  next: { label: string; lesson: { id: string; title: string } | null } | null;
  timeline: ReturnType<typeof masteryTimelineRows>;
};

/** What this viewer may do with the account: asked afresh each time (it depends on other classes too). */
type StudentAccount = {
  privacy: StudentPrivacySummary | null;
  refusals: { resetPassword: string | null; erase: string | null };
  viewerIsAdmin: boolean;
};

export type StudentReport = StudentWork & { account: StudentAccount };

/** The work from the database, never from the cache (null: no such student on the class's roster). */
export async function computeStudentWork(
  viewer: Viewer,
  classId: string,
  studentId: string,
  timeZone: string,
): Promise<StudentWork | null> {
  const [student, attempts, scores, timeline] = await Promise.all([
    getClassStudent(viewer, classId, studentId),
    listStudentClassAttempts(viewer, classId, studentId),
    listClassSkillScores(viewer, classId, studentId),
    listStudentMasteryTimeline(viewer, classId, studentId, timeZone),
  ]);
  if (!student) return null;
  const skills = summarizeMastery(scores);
  const next = nextSkillToPractise(skills);
  return {
    classId,
    student,
    attempts,
    skills,
    next: next && { label: next.label, lesson: bestLessonForSkill(next.skill) },
    timeline: masteryTimelineRows(timeline),
  };
}

/**
 * A student's page for a viewer who manages the class (null otherwise, or when the student is not
 * on its roster): the work from this instance's cache under the class's token, the account's
 * controls asked now. `json` is what the browser fetches
 * (app/api/teach/classes/[classId]/students/[studentId]). `known`: as loadClassReport's.
 */
export async function loadStudentReport(
  viewer: Viewer & { timeZone: string },
  classId: string,
  studentId: string,
  known?: ClassDataVersion,
): Promise<{ report: StudentReport; json: string } | null> {
  const klass = known ?? (await getClassDataVersion(viewer, classId));
  if (!klass) return null;
  const [work, { privacy, access }] = await Promise.all([
    cachedReport(`student ${classId} ${studentId} ${viewer.timeZone}`, klass.version, () =>
      computeStudentWork(viewer, classId, studentId, viewer.timeZone),
    ),
    getStudentAccountView(viewer, studentId),
  ]);
  if (!work.report || !access) return null;
  const account: StudentAccount = {
    privacy,
    refusals: accountRefusals(access),
    viewerIsAdmin: viewer.role === "admin",
  };
  return {
    report: { ...work.report, account },
    json: `${work.json.slice(0, -1)},"account":${JSON.stringify(account)}}`,
  };
}
