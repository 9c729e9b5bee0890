import "server-only";
import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import { managedBy, type Viewer } from "./class-access";

export type StudentProgressOnAssignment = {
  studentId: string;
  name: string;
  /** Best completed attempt (0..1); null until one is completed. */
  bestScore: number | null;
  firstCompletedAt: Date | null;
  /** Done, and only ever after the due date. */
  late: boolean;
  /** Answers in the attempt still open. */
  answered: number;
  questionCount: number;
};

/** Each student the assignment is for (on the roster now), with where they stand. Scoped to the viewer's classes. */
export async function listAssignmentProgress(
  viewer: Viewer,
  assignmentId: string,
): Promise<StudentProgressOnAssignment[]> {
  const rows = await selectRows<{
    student_id: string;
    name: string;
    best_score: number | null;
    first_completed_at: string | Date | null;
    on_time: boolean | null;
    answered: number;
    question_count: number;
  }>(sql`
    select u.id as student_id, u.name, done.best_score, done.first_completed_at, done.on_time,
           coalesce(open_attempt.answered, 0) as answered, jsonb_array_length(l.question_order) as question_count
    from assignments a
    join classes on classes.id = a.class_id
    join lessons l on l.id = a.lesson_id
    join enrollments e on e.class_id = a.class_id
    join users u on u.id = e.student_id
    left join lateral (
      select max(t.score) as best_score, min(t.completed_at) as first_completed_at, bool_or(not t.late) as on_time
      from attempts t where t.assignment_id = a.id and t.user_id = u.id and t.completed_at is not null
    ) done on true
    left join lateral (
      select count(*)::int as answered
      from attempts t join answers x on x.attempt_id = t.id
      where t.assignment_id = a.id and t.user_id = u.id and t.completed_at is null
    ) open_attempt on true
    where a.id = ${assignmentId} and ${managedBy(viewer)}
      and (a.whole_class or exists (select 1 from assignment_students s where s.assignment_id = a.id and s.student_id = u.id))
    order by u.name, u.id`);
  return rows.map((r) => ({
    studentId: r.student_id,
    name: r.name,
    bestScore: r.best_score,
    firstCompletedAt: r.first_completed_at ? new Date(r.first_completed_at) : null,
    late: r.best_score !== null && r.on_time === false,
    answered: r.answered,
    questionCount: r.question_count,
  }));
}
