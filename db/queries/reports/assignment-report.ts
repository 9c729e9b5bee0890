import "server-only";
import type { RubricLevel } from "@/lib/content/skills";
import { sql } from "drizzle-orm";
import { selectReportRows } from "@/db/replica";
import type { Viewer } from "../class-access";
import { assignedEnrollment, ownedClass, toDate, toDateOrNull } from "./scopes";

export type ReportQuestion = { id: string; number: number; prompt: string; skill: string; kind: string };

export type AssignmentHeader = {
  id: string;
  classId: string;
  className: string;
  lessonId: string;
  lessonTitle: string;
  dueAt: Date;
  closedAt: Date | null;
  questions: ReportQuestion[];
};

/** The assignment and its lesson's questions in order, if the viewer manages its class. */
export async function getAssignmentHeader(
  viewer: Viewer,
  classId: string,
  assignmentId: string,
): Promise<AssignmentHeader | null> {
  const [row] = await selectReportRows<{
    id: string;
    class_id: string;
    class_name: string;
    lesson_id: string;
    lesson_title: string;
    due_at: string | Date;
    closed_at: string | Date | null;
    questions: ReportQuestion[] | null;
  }>(sql`
    select a.id, a.class_id, classes.name as class_name, l.id as lesson_id, l.title as lesson_title, a.due_at, a.closed_at,
           (select json_agg(json_build_object('id', q.id, 'number', o.n, 'prompt', qv.prompt, 'skill', qv.skill, 'kind', qv.kind) order by o.n)
              from jsonb_array_elements_text(l.question_order) with ordinality as o(id, n)
              join questions q on q.id = o.id
              join question_versions qv on qv.id = q.current_version_id) as questions
    from classes
    join assignments a on a.class_id = classes.id
    join lessons l on l.id = a.lesson_id
    where a.id = ${assignmentId} and ${ownedClass(viewer, classId)}`);
  if (!row) return null;
  return {
    id: row.id,
    classId: row.class_id,
    className: row.class_name,
    lessonId: row.lesson_id,
    lessonTitle: row.lesson_title,
    dueAt: toDate(row.due_at),
    closedAt: toDateOrNull(row.closed_at),
    questions: row.questions ?? [],
  };
}

/** One answer; a written one carries its id (the review queue opens it) and, once scored, its rubric level. */
type GridCell = {
  questionId: string;
  answerId: number;
  score: number | null;
  correct: boolean | null;
  level: RubricLevel | null;
};

export type GridRow = {
  studentId: string;
  name: string;
  /** The attempt shown: the best completed one (the one that counts), else the one in progress. */
  attemptNumber: number | null;
  completed: boolean;
  score: number | null;
  late: boolean;
  completedAt: Date | null;
  attempts: number;
  answers: GridCell[];
  /** Sum of the times the browser measured, over the answers that have one. */
  timeSpentMs: number | null;
};

/** The student × question grid: one row per student the assignment is for. */
export async function listAssignmentGrid(viewer: Viewer, classId: string, assignmentId: string): Promise<GridRow[]> {
  const rows = await selectReportRows<{
    student_id: string;
    name: string;
    number: number | null;
    completed: boolean | null;
    score: number | null;
    late: boolean | null;
    completed_at: string | Date | null;
    attempts: number;
    answers: GridCell[];
    time_spent_ms: number | null;
  }>(sql`
    select u.id as student_id, u.name, shown.number, shown.completed_at is not null as completed, shown.score, shown.late,
           shown.completed_at, coalesce(counts.attempts, 0) as attempts,
           coalesce((select json_agg(json_build_object('questionId', x.question_id, 'answerId', x.id, 'score', x.score, 'correct', x.correct,
                                                'level', (select r.level from answer_reviews r where r.answer_id = x.id)))
                       from answers x where x.attempt_id = shown.id), '[]') as answers,
           (select sum(x.time_spent_ms)::int from answers x where x.attempt_id = shown.id) as time_spent_ms
    from classes
    join assignments a on a.class_id = classes.id
    join enrollments en on ${assignedEnrollment}
    join users u on u.id = en.student_id
    left join lateral (
      select t.id, t.number, t.score, t.late, t.completed_at from attempts t
      where t.assignment_id = a.id and t.user_id = u.id
      order by t.completed_at is not null desc, t.score desc nulls last, t.completed_at, t.number desc
      limit 1
    ) shown on true
    left join lateral (select count(*)::int as attempts from attempts t where t.assignment_id = a.id and t.user_id = u.id) counts on true
    where a.id = ${assignmentId} and ${ownedClass(viewer, classId)}
    order by u.name, u.id`);
  return rows.map((r) => ({
    studentId: r.student_id,
    name: r.name,
    attemptNumber: r.number,
    completed: r.completed ?? false,
    score: r.completed ? r.score : null,
    late: Boolean(r.completed && r.late),
    completedAt: toDateOrNull(r.completed_at),
    attempts: r.attempts,
    answers: r.answers,
    timeSpentMs: r.time_spent_ms,
  }));
}
