import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { assignments, assignmentStudents, assignmentStudentStats, classes, enrollments, lessons } from "@/db/schema";
import { managedBy, type Viewer } from "./class-access";

export type ClassAssignment = {
  id: string;
  lessonId: string;
  lessonTitle: string;
  opensAt: Date | null;
  dueAt: Date;
  closedAt: Date | null;
  wholeClass: boolean;
  assignedCount: number;
  /** Students with a completed attempt linked to this assignment. */
  completedCount: number;
  /** Written answers to it that its teacher has yet to score (the review queue). */
  awaitingReview: number;
};

export async function listClassAssignments(viewer: Viewer, classId: string): Promise<ClassAssignment[]> {
  return db
    .select({
      id: assignments.id,
      lessonId: assignments.lessonId,
      lessonTitle: lessons.title,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      closedAt: assignments.closedAt,
      wholeClass: assignments.wholeClass,
      assignedCount: sql<number>`case when ${assignments.wholeClass}
        then (select count(*)::int from ${enrollments} where ${enrollments.classId} = ${assignments.classId})
        else (select count(*)::int from ${assignmentStudents} where ${assignmentStudents.assignmentId} = ${assignments.id}) end`,
      // Only students the assignment is for now: a student taken off the roster leaves the count.
      // Only students the assignment is for now: a student taken off the roster leaves the count.
      // Both counts read assignment_student_stats, kept as answers arrive.
      completedCount: sql<number>`(select count(*)::int from ${assignmentStudentStats} st
        join ${enrollments} on ${enrollments.classId} = ${assignments.classId} and ${enrollments.studentId} = st.user_id
        where st.assignment_id = ${assignments.id} and st.finished
          and (${assignments.wholeClass} or exists (select 1 from ${assignmentStudents}
               where ${assignmentStudents.assignmentId} = ${assignments.id} and ${assignmentStudents.studentId} = st.user_id)))`,
      awaitingReview: sql<number>`(select coalesce(sum(st.awaiting_review), 0)::int from ${assignmentStudentStats} st
        where st.assignment_id = ${assignments.id})`,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(lessons, eq(lessons.id, assignments.lessonId))
    .where(and(eq(assignments.classId, classId), managedBy(viewer)))
    .orderBy(asc(assignments.dueAt), asc(assignments.createdAt));
}

export type AssignmentForEdit = {
  id: string;
  classId: string;
  className: string;
  lessonTitle: string;
  opensAt: Date | null;
  dueAt: Date;
  closedAt: Date | null;
  wholeClass: boolean;
  studentIds: string[];
};

export async function getManagedAssignment(viewer: Viewer, assignmentId: string): Promise<AssignmentForEdit | null> {
  const [row] = await db
    .select({
      id: assignments.id,
      classId: assignments.classId,
      className: classes.name,
      lessonTitle: lessons.title,
      opensAt: assignments.opensAt,
      dueAt: assignments.dueAt,
      closedAt: assignments.closedAt,
      wholeClass: assignments.wholeClass,
      studentIds: sql<string[]>`coalesce((select array_agg(${assignmentStudents.studentId}::text)
        from ${assignmentStudents} where ${assignmentStudents.assignmentId} = ${assignments.id}), '{}')`,
    })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(lessons, eq(lessons.id, assignments.lessonId))
    .where(and(eq(assignments.id, assignmentId), managedBy(viewer)))
    .limit(1);
  return row ?? null;
}

/** The ownership check of every assignment action. */
export async function findManagedAssignment(
  viewer: Viewer,
  assignmentId: string,
): Promise<{ id: string; classId: string } | null> {
  const [row] = await db
    .select({ id: assignments.id, classId: assignments.classId })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignments.id, assignmentId), managedBy(viewer)))
    .limit(1);
  return row ?? null;
}
