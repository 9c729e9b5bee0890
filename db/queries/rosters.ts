import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { classes, enrollments } from "@/db/schema";
import { managedBy, type Viewer } from "./class-access";

export type RosterEntry = {
  id: string;
  name: string;
  /** What the student signs in with: their username (teacher-made logins) or their email. */
  login: string;
  teacherMade: boolean;
  joinedAt: Date;
  work: RosterWork;
};

/** A student's standing on the class's opened assignments that are theirs. */
export type RosterWork = {
  assigned: number;
  /** With a completed attempt. */
  done: number;
  /** Done, but every completed attempt came after the due date. */
  late: number;
  /** Not done, past due and still open. */
  overdue: number;
};

type RosterRow = {
  id: string;
  name: string;
  username: string | null;
  email: string | null;
  created_by_id: string | null;
  joined_at: string | Date;
  assigned: number;
  done: number;
  late: number;
  overdue: number;
};

/** The class roster with each student's assignment standing, in one query (no per-student reads). */
export async function listRoster(viewer: Viewer, classId: string): Promise<RosterEntry[]> {
  const rows = await selectRows<RosterRow>(sql`
    select u.id, u.name, u.username, u.email, u.created_by_id, e.created_at as joined_at,
           coalesce(work.assigned, 0) as assigned, coalesce(work.done, 0) as done,
           coalesce(work.late, 0) as late, coalesce(work.overdue, 0) as overdue
    from enrollments e
    join classes on classes.id = e.class_id
    join users u on u.id = e.student_id
    left join lateral (
      select count(*)::int as assigned,
             count(*) filter (where st.finished)::int as done,
             count(*) filter (where st.finished and not st.on_time)::int as late,
             count(*) filter (where not coalesce(st.finished, false) and a.closed_at is null and a.due_at < now())::int as overdue
      from assignments a
      -- No row: not started (assignment_student_stats, kept as answers arrive).
      left join assignment_student_stats st on st.assignment_id = a.id and st.user_id = e.student_id
      where a.class_id = e.class_id and (a.opens_at is null or a.opens_at <= now())
        and (a.whole_class or exists (select 1 from assignment_students s where s.assignment_id = a.id and s.student_id = e.student_id))
    ) work on true
    where e.class_id = ${classId} and ${managedBy(viewer)}
    order by u.name, u.id`);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    login: r.username ?? r.email ?? "",
    teacherMade: r.created_by_id !== null,
    joinedAt: new Date(r.joined_at),
    work: { assigned: r.assigned, done: r.done, late: r.late, overdue: r.overdue },
  }));
}

/** True when the student is on the roster of this class and the viewer manages the class. */
export async function isOnManagedRoster(viewer: Viewer, classId: string, studentId: string): Promise<boolean> {
  const [row] = await db
    .select({ studentId: enrollments.studentId })
    .from(enrollments)
    .innerJoin(classes, eq(classes.id, enrollments.classId))
    .where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, studentId), managedBy(viewer)))
    .limit(1);
  return Boolean(row);
}
