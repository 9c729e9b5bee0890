import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { assignments, assignmentStudents, classes, enrollments } from "@/db/schema";

export type JoinResult =
  { ok: true; classId: string; className: string; alreadyEnrolled: boolean } | { ok: false; message: string };

export const JOIN_REFUSALS = {
  unknown:
    "No class has this code. Check it with your teacher: an old code stops working when the teacher replaces it.",
  disabled: "This class is not taking new students right now. Ask your teacher to turn joining on.",
  archived: "This class is archived and no longer takes new students.",
} as const;

type Joinable = { ok: true; classId: string; className: string } | { ok: false; message: string };

/** The class a code opens, or why it opens none. The code is normalized: upper case, no dashes. */
export async function findJoinableClass(tx: Tx, code: string): Promise<Joinable> {
  const [found] = await tx
    .select({
      id: classes.id,
      name: classes.name,
      section: classes.section,
      joinEnabled: classes.joinEnabled,
      archivedAt: classes.archivedAt,
    })
    .from(classes)
    .where(sql`replace(${classes.joinCode}, '-', '') = ${code}`)
    .limit(1);
  if (!found) return { ok: false, message: JOIN_REFUSALS.unknown };
  if (found.archivedAt) return { ok: false, message: JOIN_REFUSALS.archived };
  if (!found.joinEnabled) return { ok: false, message: JOIN_REFUSALS.disabled };
  return { ok: true, classId: found.id, className: found.section ? `${found.name} (${found.section})` : found.name };
}

/** Joining twice changes nothing: the enrolment's primary key makes the second insert a no-op. */
export async function enroll(tx: Tx, classId: string, studentId: string): Promise<{ alreadyEnrolled: boolean }> {
  const inserted = await tx
    .insert(enrollments)
    .values({ classId, studentId })
    .onConflictDoNothing()
    .returning({ classId: enrollments.classId });
  return { alreadyEnrolled: inserted.length === 0 };
}

export async function joinClass(studentId: string, code: string): Promise<JoinResult> {
  return db.transaction(async (tx) => {
    const found = await findJoinableClass(tx, code);
    if (!found.ok) return found;
    return { ...found, ...(await enroll(tx, found.classId, studentId)) };
  });
}

/**
 * Takes a student off a class roster, with the class's assignments that named them. Their
 * attempts stay: they are the student's own history.
 */
export async function removeFromClass(classId: string, studentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const classAssignments = tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(eq(assignments.classId, classId));
    await tx
      .delete(assignmentStudents)
      .where(
        and(eq(assignmentStudents.studentId, studentId), inArray(assignmentStudents.assignmentId, classAssignments)),
      );
    await tx.delete(enrollments).where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, studentId)));
  });
}
