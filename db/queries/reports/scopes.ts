import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { managedBy, type Viewer } from "../class-access";

/**
 * Report queries are raw SQL joined to `classes` (unaliased) so the viewer's ownership is part of
 * every query: another teacher's class simply yields no rows.
 */
export function ownedClass(viewer: Viewer, classId: string): SQL {
  return sql`classes.id = ${classId} and ${managedBy(viewer)}`;
}

/**
 * Join condition for `enrollments en`: the students assignment `a` is for, on the class roster now
 * (the whole class, or those it names). Students taken off the roster leave the reports.
 */
export const assignedEnrollment = sql`en.class_id = a.class_id
  and (a.whole_class or exists (select 1 from assignment_students s where s.assignment_id = a.id and s.student_id = en.student_id))`;

/** Accepts a Date or the text a driver returns for timestamptz. */
export const toDate = (value: string | Date) => new Date(value);
export const toDateOrNull = (value: string | Date | null) => (value === null ? null : new Date(value));
