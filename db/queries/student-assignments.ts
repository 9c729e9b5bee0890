import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectPreparedRows, selectRows, type Tx } from "@/db";
import type { GateRefusal } from "@/lib/grading/answer-refusals";

/**
 * SQL condition on an assignment aliased `a`: it is this student's work (on the roster of a class
 * that is not archived, and the assignment is for the whole class or names them). The rule is the
 * SQL function assigned_to (migration 0007), which the answer gate uses too, so they can never
 * disagree; the planner inlines it into a semi-join driven by the student's enrollments.
 */
function assignedTo(studentId: string): SQL {
  return sql`a.id in (select g.assignment_id from assigned_to(${studentId}::uuid) g)`;
}

export type StudentAssignment = {
  id: string;
  lessonId: string;
  lessonTitle: string;
  className: string;
  opensAt: Date | null;
  dueAt: Date;
  closedAt: Date | null;
  /** Best completed attempt's score (0..1); null until one is completed. */
  bestScore: number | null;
  /** Completed, and only ever after the due date. */
  doneLate: boolean;
  /** Answers in the attempt still open, to say "continue: 3 of 9". */
  answeredInOpenAttempt: number;
  questionCount: number;
};

type Row = {
  id: string;
  lesson_id: string;
  lesson_title: string;
  class_name: string;
  section: string | null;
  opens_at: string | Date | null;
  due_at: string | Date;
  closed_at: string | Date | null;
  best_score: number | null;
  done_late: boolean | null;
  answered_open: number;
  question_count: number;
};

const date = (value: string | Date) => new Date(value);

function toAssignment(r: Row): StudentAssignment {
  return {
    id: r.id,
    lessonId: r.lesson_id,
    lessonTitle: r.lesson_title,
    className: r.section ? `${r.class_name} (${r.section})` : r.class_name,
    opensAt: r.opens_at ? date(r.opens_at) : null,
    dueAt: date(r.due_at),
    closedAt: r.closed_at ? date(r.closed_at) : null,
    bestScore: r.best_score,
    doneLate: r.done_late ?? false,
    answeredInOpenAttempt: r.answered_open,
    questionCount: r.question_count,
  };
}

function selectStudentAssignments(studentId: string, where: SQL): SQL {
  return sql`
    select a.id, a.lesson_id, l.title as lesson_title, c.name as class_name, c.section,
           a.opens_at, a.due_at, a.closed_at,
           done.best_score, done.done_late,
           coalesce(open_attempt.answered, 0) as answered_open,
           jsonb_array_length(l.question_order) as question_count
    from assignments a
    join classes c on c.id = a.class_id
    join lessons l on l.id = a.lesson_id
    left join lateral (
      select max(t.score) as best_score, bool_and(t.late) as done_late
      from attempts t
      where t.assignment_id = a.id and t.user_id = ${studentId} and t.completed_at is not null
    ) done on true
    left join lateral (
      select count(*)::int as answered
      from attempts t join answers x on x.attempt_id = t.id
      where t.assignment_id = a.id and t.user_id = ${studentId} and t.completed_at is null
    ) open_attempt on true
    where ${assignedTo(studentId)} and ${where}
    order by a.due_at, a.created_at`;
}

/** A student's assignments that have opened (scheduled ones stay hidden until their opening date). */
export async function listStudentAssignments(studentId: string): Promise<StudentAssignment[]> {
  const rows = await selectRows<Row>(
    selectStudentAssignments(studentId, sql`(a.opens_at is null or a.opens_at <= now())`),
  );
  return rows.map(toAssignment);
}

/** One assignment, if it is this student's; scheduled ones too, so the page can say when it opens. */
export async function getStudentAssignment(studentId: string, assignmentId: string): Promise<StudentAssignment | null> {
  const [row] = await selectPreparedRows<Row>(selectStudentAssignments(studentId, sql`a.id = ${assignmentId}`));
  return row ? toAssignment(row) : null;
}

/** The student's unfinished, open assignment for this lesson, soonest due: the lesson page points to it. */
export async function findPendingAssignmentForLesson(
  studentId: string,
  lessonId: string,
): Promise<StudentAssignment | null> {
  const rows = await selectPreparedRows<Row>(
    selectStudentAssignments(
      studentId,
      sql`a.lesson_id = ${lessonId} and a.closed_at is null and (a.opens_at is null or a.opens_at <= now())
          and not exists (select 1 from attempts t where t.assignment_id = a.id and t.user_id = ${studentId} and t.completed_at is not null)`,
    ),
  );
  return rows[0] ? toAssignment(rows[0]) : null;
}

export type StudentClass = { id: string; name: string; teacherName: string };

/** The classes a student is in, archived ones left out. */
export async function listStudentClasses(studentId: string): Promise<StudentClass[]> {
  const rows = await selectRows<{ id: string; name: string; section: string | null; teacher_name: string }>(sql`
    select c.id, c.name, c.section, u.name as teacher_name
    from enrollments e
    join classes c on c.id = e.class_id and c.archived_at is null
    join users u on u.id = c.teacher_id
    where e.student_id = ${studentId}
    order by c.name, c.id`);
  return rows.map((r) => ({
    id: r.id,
    name: r.section ? `${r.name} (${r.section})` : r.name,
    teacherName: r.teacher_name,
  }));
}

export type AnswerGate = { ok: true } | { ok: false; reason: GateRefusal };

/**
 * Whether an answer or a new attempt may go into this assignment now: the SQL function
 * assignment_answer_gate (migration 0007), the one record_answer calls. It takes a share lock on
 * the assignment row, so a teacher closing it waits for answers in flight and no answer lands
 * after the close: call it inside the transaction that writes.
 */
export async function gateAssignmentAnswer(
  tx: Pick<Tx, "execute">,
  studentId: string,
  assignmentId: string,
  lessonId: string,
): Promise<AnswerGate> {
  const [row] = await selectRows<{ gate: "ok" | GateRefusal }>(
    sql`select assignment_answer_gate(${studentId}::uuid, ${assignmentId}::uuid, ${lessonId}) as gate`,
    tx,
  );
  if (!row) throw new Error("assignment_answer_gate returned no row");
  return row.gate === "ok" ? { ok: true } : { ok: false, reason: row.gate };
}
