import "server-only";
import type { RubricLevel } from "@/lib/content/skills";
import { sql } from "drizzle-orm";
import { markedPassages } from "../marked-passages";
import { selectReportRows } from "@/db/replica";
import { RECENT_WINDOW } from "@/lib/mastery";
import type { Viewer } from "../class-access";
import { ownedClass, toDate, toDateOrNull } from "./scopes";

export type ClassStudent = { id: string; name: string; login: string; className: string };

/** A student on the roster of a class the viewer manages. */
export async function getClassStudent(
  viewer: Viewer,
  classId: string,
  studentId: string,
): Promise<ClassStudent | null> {
  const [row] = await selectReportRows<{ id: string; name: string; login: string; class_name: string }>(sql`
    select u.id, u.name, coalesce(u.username, u.email, '') as login, classes.name as class_name
    from classes
    join enrollments en on en.class_id = classes.id and en.student_id = ${studentId}
    join users u on u.id = en.student_id
    where ${ownedClass(viewer, classId)}`);
  return row ? { id: row.id, name: row.name, login: row.login, className: row.class_name } : null;
}

type StudentAnswer = {
  number: number;
  prompt: string;
  skill: string;
  chosen: string[];
  /** The options' texts in the order this student saw them; empty for answers stored before orders were kept. */
  shown: string[];
  /** Null while a written answer awaits review. */
  correct: boolean | null;
  score: number | null;
  /** Written questions: what the student wrote, and the review once scored. */
  response: string | null;
  review: { level: RubricLevel; comment: string | null } | null;
  answerId: number;
  /** Two-tier items: the credit of the marks (0..1) and the marked words; null for the other kinds. */
  evidenceCredit: number | null;
  marked: string[] | null;
};

export type StudentAttempt = {
  id: string;
  assignmentId: string;
  lessonTitle: string;
  number: number;
  startedAt: Date;
  completedAt: Date | null;
  score: number | null;
  late: boolean;
  questionCount: number;
  answers: StudentAnswer[];
};

/** The student's attempts at this class's assignments, newest first, each with its answers (chosen option texts). */
export async function listStudentClassAttempts(
  viewer: Viewer,
  classId: string,
  studentId: string,
): Promise<StudentAttempt[]> {
  const rows = await selectReportRows<{
    id: string;
    assignment_id: string;
    lesson_title: string;
    number: number;
    started_at: string | Date;
    completed_at: string | Date | null;
    score: number | null;
    late: boolean;
    question_count: number;
    answers: StudentAnswer[];
  }>(sql`
    select t.id, t.assignment_id, l.title as lesson_title, t.number, t.started_at, t.completed_at, t.score, t.late, t.question_count,
           coalesce((
             select json_agg(json_build_object(
                      'number', coalesce(o.n, 0), 'prompt', qv.prompt, 'skill', qv.skill, 'correct', x.correct, 'score', x.score,
                      'evidenceCredit', x.mark_credit, 'response', x.response, 'answerId', x.id,
                      'review', (select json_build_object('level', r.level, 'comment', r.comment) from answer_reviews r where r.answer_id = x.id),
                      'marked', (select json_agg(p->>'text') from json_array_elements(${markedPassages}) p),
                      'chosen', (select coalesce(json_agg(opt->>'text'), '[]') from jsonb_array_elements(qv.options) opt where opt->>'id' = any(x.chosen)),
                      'shown', (select coalesce(json_agg(opt->>'text' order by s.n), '[]')
                                from unnest(x.shown_order) with ordinality as s(id, n)
                                join jsonb_array_elements(qv.options) opt on opt->>'id' = s.id))
                    order by o.n)
             from answers x
             join question_versions qv on qv.id = x.question_version_id
             left join lateral (select n from jsonb_array_elements_text(l.question_order) with ordinality as q(id, n) where q.id = x.question_id) o on true
             where x.attempt_id = t.id), '[]') as answers
    from classes
    join enrollments en on en.class_id = classes.id and en.student_id = ${studentId}
    join assignments a on a.class_id = classes.id
    join attempts t on t.assignment_id = a.id and t.user_id = en.student_id
    join lessons l on l.id = a.lesson_id
    where ${ownedClass(viewer, classId)}
    order by t.started_at desc`);
  return rows.map((r) => ({
    id: r.id,
    assignmentId: r.assignment_id,
    lessonTitle: r.lesson_title,
    number: r.number,
    startedAt: toDate(r.started_at),
    completedAt: toDateOrNull(r.completed_at),
    score: r.score,
    late: r.late,
    questionCount: r.question_count,
    answers: r.answers,
  }));
}

export type MasteryPoint = { day: string; skill: string; mastery: number };

/**
 * Mastery over time: for each skill and each day the student answered it (on the viewer's
 * calendar), the mastery rule as it stood at the end of that day.
 */
export async function listStudentMasteryTimeline(
  viewer: Viewer,
  classId: string,
  studentId: string,
  timeZone: string,
): Promise<MasteryPoint[]> {
  return selectReportRows<MasteryPoint>(sql`
    with answered as (
      select qv.skill, (x.created_at at time zone ${timeZone})::date as day,
             avg(x.score) over (partition by qv.skill order by x.created_at, x.id rows between ${sql.raw(String(RECENT_WINDOW - 1))} preceding and current row) as mastery,
             row_number() over (partition by qv.skill, (x.created_at at time zone ${timeZone})::date order by x.created_at desc, x.id desc) as last_of_day
      from classes
      join enrollments en on en.class_id = classes.id and en.student_id = ${studentId}
      join assignments a on a.class_id = classes.id
      join attempts t on t.assignment_id = a.id and t.user_id = en.student_id
      join answers x on x.attempt_id = t.id
      join question_versions qv on qv.id = x.question_version_id
      where ${ownedClass(viewer, classId)} and x.score is not null
    )
    select to_char(day, 'YYYY-MM-DD') as day, skill, mastery::float8 as mastery
    from answered where last_of_day = 1
    order by day, skill`);
}
