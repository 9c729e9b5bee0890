// No "server-only" here, like lesson-access.ts: eraseStudent (db/mutations/privacy.ts) decides
// inside its transaction with this, and the retention script imports that module under plain tsx.
import { sql, type SQL } from "drizzle-orm";
import { db, selectRows, type Db } from "@/db";
import type { AccountControls } from "@/lib/privacy/student-account-refusals";
import type { Viewer } from "./class-access";

export type StudentAccountAccess = AccountControls & { id: string; login: string };

/** The account facts the rule below decides on (`studentAccountFacts`). */
export type StudentAccountFacts = {
  id: string;
  name: string;
  login: string;
  has_email: boolean;
  created_by_id: string | null;
  /** Enrolments in the viewer's classes and in other teachers' (archived classes included). */
  mine: number;
  others: number;
};

/**
 * What the viewer may do to a student's account, the one rule for every action and page:
 *
 * - An administrator may reset the password of, and erase, any student account.
 * - A teacher, only a login they made themselves (`users.created_by_id`), while the student is on
 *   one of their rosters. A self-registered student's password is theirs alone, and a login
 *   another teacher made is that teacher's: no co-teacher rule.
 * - Erasing also needs the student to be in no other teacher's class.
 *
 * Null for a student the viewer does not see (a teacher: on none of their rosters) and for an
 * account that is not a student's, so a refusal never confirms that someone exists. Pass the
 * transaction, with the account row locked, when the decision guards a write.
 */
export async function getStudentAccountAccess(
  viewer: Viewer,
  studentId: string,
  executor: Pick<Db, "execute"> = db,
): Promise<StudentAccountAccess | null> {
  const [facts] = await selectRows<StudentAccountFacts>(studentAccountFacts(viewer, studentId), executor);
  return accessFromFacts(viewer, facts);
}

/** The statement that reads a student's account facts for getStudentAccountAccess's rule (at most one row). */
export function studentAccountFacts(viewer: Viewer, studentId: string): SQL {
  return sql`select u.id, u.name, coalesce(u.username, u.email, '') as login, u.email is not null as has_email, u.created_by_id,
               count(c.id) filter (where c.teacher_id = ${viewer.id})::int as mine,
               count(c.id) filter (where c.teacher_id <> ${viewer.id})::int as others
        from users u
        left join enrollments e on e.student_id = u.id
        left join classes c on c.id = e.class_id
        where u.id = ${studentId} and u.role = 'student'
        group by u.id`;
}

/** getStudentAccountAccess's rule on facts read (null facts: no such student account). */
export function accessFromFacts(
  viewer: Viewer,
  facts: StudentAccountFacts | null | undefined,
): StudentAccountAccess | null {
  if (!facts) return null;
  const student = { id: facts.id, name: facts.name, login: facts.login };
  if (viewer.role === "admin") return { ...student, resetPassword: "allowed", erase: "allowed" };
  if (viewer.role !== "teacher" || facts.mine === 0) return null;
  const credentials = credentialsVerdict(viewer, facts);
  const erase = credentials === "allowed" && facts.others > 0 ? "in-another-teachers-class" : credentials;
  return { ...student, resetPassword: credentials, erase };
}

function credentialsVerdict(viewer: Viewer, facts: StudentAccountFacts): StudentAccountAccess["resetPassword"] {
  if (facts.created_by_id === viewer.id) return "allowed";
  // A teacher-made login whose teacher's account is gone has no email: it is not the student's own.
  return facts.created_by_id === null && facts.has_email ? "self-registered" : "another-teachers-login";
}
