import "server-only";
import { sql } from "drizzle-orm";
import { selectReportRows } from "@/db/replica";
import type { Viewer } from "../class-access";
import { ownedClass } from "./scopes";

/** Ids of every attempt at this class's assignments by students on its roster: the export walks them in chunks. */
export async function listExportAttemptIds(viewer: Viewer, classId: string): Promise<string[]> {
  const rows = await selectReportRows<{ id: string }>(sql`
    select t.id
    from classes
    join assignments a on a.class_id = classes.id
    join enrollments en on en.class_id = classes.id
    cross join lateral (select t.id from attempts t where t.assignment_id = a.id and t.user_id = en.student_id offset 0) t
    where ${ownedClass(viewer, classId)}
    order by t.id`);
  return rows.map((r) => r.id);
}

export type AnswerExportRow = {
  student: string;
  login: string;
  lesson: string;
  assignment_id: string;
  due_at: Date | string;
  attempt: number;
  attempt_started_at: Date | string;
  attempt_completed_at: Date | string | null;
  late: boolean;
  question_number: number | null;
  question_id: string;
  skill: string;
  kind: string;
  level: string;
  chosen: string;
  /** Empty while a written answer awaits review. */
  correct: boolean | null;
  score: number | null;
  /** Two-tier items: the credit their marks earned (0..1); empty for the other kinds. */
  evidence_credit: number | null;
  /** Written questions: what the student wrote, whether it awaits review, and the teacher's level and comment. */
  response: string | null;
  awaiting_review: boolean;
  review_level: string | null;
  review_comment: string | null;
  time_spent_ms: number | null;
  answered_at: Date | string;
};

/** One chunk of the answer export: the answers of these attempts (still scoped to the viewer's class). */
export async function listAnswersForExport(
  viewer: Viewer,
  classId: string,
  attemptIds: string[],
): Promise<AnswerExportRow[]> {
  if (attemptIds.length === 0) return [];
  return selectReportRows<AnswerExportRow>(sql`
    select u.name as student, coalesce(u.username, u.email, '') as login, l.title as lesson, a.id as assignment_id, a.due_at,
           t.number as attempt, t.started_at as attempt_started_at, t.completed_at as attempt_completed_at, t.late,
           (select o.n::int from jsonb_array_elements_text(l.question_order) with ordinality as o(id, n) where o.id = x.question_id) as question_number,
           x.question_id, qv.skill, qv.kind, qv.level, array_to_string(x.chosen, ';') as chosen, x.correct, x.score,
           x.mark_credit as evidence_credit, x.response, x.score is null as awaiting_review,
           r.level as review_level, r.comment as review_comment, x.time_spent_ms,
           x.created_at as answered_at
    from classes
    join assignments a on a.class_id = classes.id
    join attempts t on t.assignment_id = a.id
    join users u on u.id = t.user_id
    join lessons l on l.id = a.lesson_id
    join answers x on x.attempt_id = t.id
    join question_versions qv on qv.id = x.question_version_id
    left join answer_reviews r on r.answer_id = x.id
    where ${ownedClass(viewer, classId)} and t.id in (${sql.join(
      attemptIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    order by u.name, u.id, a.due_at, t.number, question_number`);
}

export type ExportAssignment = { id: string; lesson_title: string; due_at: Date | string };

/** The class's assignments, the columns of the score export. */
export async function listExportAssignments(viewer: Viewer, classId: string): Promise<ExportAssignment[]> {
  return selectReportRows<ExportAssignment>(sql`
    select a.id, l.title as lesson_title, a.due_at
    from classes join assignments a on a.class_id = classes.id join lessons l on l.id = a.lesson_id
    where ${ownedClass(viewer, classId)}
    order by a.due_at, a.id`);
}

export type StudentScoreRow = {
  student_id: string;
  student: string;
  login: string;
  /** Per assignment id: best completed score (0..1), whether only late, and whether it is theirs. */
  work: Record<
    string,
    { best: number | null; late: boolean; started: boolean; assigned: boolean; finished: boolean; awaiting: number }
  >;
};

/** One page of the score export: students after `afterName/afterId` in roster order, with their standing per assignment. */
export async function listStudentScores(
  viewer: Viewer,
  classId: string,
  after: { name: string; id: string } | null,
  limit: number,
): Promise<StudentScoreRow[]> {
  return selectReportRows<StudentScoreRow>(sql`
    select u.id as student_id, u.name as student, coalesce(u.username, u.email, '') as login,
           coalesce((
             select json_object_agg(a.id, json_build_object(
                      'best', st.best, 'late', st.best is not null and not st.on_time, 'started', st.user_id is not null,
                      'finished', st.finished, 'awaiting', coalesce(st.awaiting_review, 0),
                      'assigned', a.whole_class or exists (select 1 from assignment_students s where s.assignment_id = a.id and s.student_id = u.id)))
             from assignments a
             -- No row: not started (assignment_student_stats, kept as answers arrive).
             left join assignment_student_stats st on st.assignment_id = a.id and st.user_id = u.id
             where a.class_id = classes.id), '{}') as work
    from classes
    join enrollments en on en.class_id = classes.id
    join users u on u.id = en.student_id
    where ${ownedClass(viewer, classId)} ${after ? sql`and (u.name, u.id) > (${after.name}, ${after.id}::uuid)` : sql``}
    order by u.name, u.id
    limit ${limit}`);
}
