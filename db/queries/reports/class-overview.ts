import "server-only";
import { sql } from "drizzle-orm";
import { selectReportRows } from "@/db/replica";
import type { Viewer } from "../class-access";
import { assignedEnrollment, ownedClass, toDate, toDateOrNull } from "./scopes";

export type AssignmentOverview = {
  id: string;
  lessonTitle: string;
  opensAt: Date | null;
  dueAt: Date;
  closedAt: Date | null;
  assigned: number;
  completed: number;
  /** Mean of each finishing student's best completed attempt (0..1); null when nobody has finished. */
  averageScore: number | null;
  late: number;
  /** Not finished, past due and still open. */
  overdue: number;
  /** Names of assigned students with no attempt at all. */
  notStarted: string[];
  /** Written answers the teacher has yet to score (the averages count what is scored). */
  awaitingReview: number;
};

/** Every assignment of the class with completion, average (best attempt per student), late and overdue work. */
export async function listAssignmentOverview(viewer: Viewer, classId: string): Promise<AssignmentOverview[]> {
  const rows = await selectReportRows<{
    id: string;
    lesson_title: string;
    opens_at: string | Date | null;
    due_at: string | Date;
    closed_at: string | Date | null;
    assigned: number;
    completed: number;
    average_score: number | null;
    late: number;
    overdue: number;
    not_started: string[];
    awaiting_review: number;
  }>(sql`
    select a.id, l.title as lesson_title, a.opens_at, a.due_at, a.closed_at,
           count(u.id)::int as assigned,
           count(u.id) filter (where st.finished)::int as completed,
           avg(st.best)::float8 as average_score,
           count(u.id) filter (where st.finished and not st.on_time)::int as late,
           count(u.id) filter (where not coalesce(st.finished, false) and a.closed_at is null and a.due_at < now())::int as overdue,
           coalesce(array_agg(u.name order by u.name) filter (where u.id is not null and st.user_id is null), '{}') as not_started,
           coalesce(sum(st.awaiting_review), 0)::int as awaiting_review
    from classes
    join assignments a on a.class_id = classes.id
    join lessons l on l.id = a.lesson_id
    left join enrollments en on ${assignedEnrollment}
    left join users u on u.id = en.student_id
    -- One row per student who started (assignment_student_stats, kept as answers arrive).
    left join assignment_student_stats st on st.assignment_id = a.id and st.user_id = u.id
    where ${ownedClass(viewer, classId)}
    group by a.id, l.title
    order by a.due_at desc, a.id`);
  return rows.map((r) => ({
    id: r.id,
    lessonTitle: r.lesson_title,
    opensAt: toDateOrNull(r.opens_at),
    dueAt: toDate(r.due_at),
    closedAt: toDateOrNull(r.closed_at),
    assigned: r.assigned,
    completed: r.completed,
    averageScore: r.average_score,
    late: r.late,
    overdue: r.overdue,
    notStarted: r.not_started,
    awaitingReview: r.awaiting_review,
  }));
}
