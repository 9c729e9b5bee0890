import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { assignments, assignmentStudents, enrollments } from "@/db/schema";

export type AssignmentPlan = {
  opensAt: Date | null;
  dueAt: Date;
  /** Null: the whole class, including students who join later. Otherwise the chosen students. */
  studentIds: string[] | null;
};

export type AssignmentResult = { ok: true; id: string } | { ok: false; field: "studentIds"; message: string };

const NOT_ON_ROSTER = {
  ok: false,
  field: "studentIds",
  message: "Choose students who are on this class's roster.",
} as const;

async function allOnRoster(tx: Tx, classId: string, studentIds: string[]): Promise<boolean> {
  const unique = [...new Set(studentIds)];
  const enrolled = await tx
    .select({ studentId: enrollments.studentId })
    .from(enrollments)
    .where(and(eq(enrollments.classId, classId), inArray(enrollments.studentId, unique)));
  return enrolled.length === unique.length;
}

async function insertChosenStudents(tx: Tx, assignmentId: string, studentIds: string[] | null): Promise<void> {
  if (!studentIds?.length) return;
  await tx
    .insert(assignmentStudents)
    .values([...new Set(studentIds)].map((studentId) => ({ assignmentId, studentId })))
    .onConflictDoNothing();
}

export async function createAssignment(
  input: { classId: string; lessonId: string; createdById: string } & AssignmentPlan,
): Promise<AssignmentResult> {
  return db.transaction(async (tx) => {
    if (input.studentIds && !(await allOnRoster(tx, input.classId, input.studentIds))) return NOT_ON_ROSTER;
    const [created] = await tx
      .insert(assignments)
      .values({
        classId: input.classId,
        lessonId: input.lessonId,
        createdById: input.createdById,
        wholeClass: input.studentIds === null,
        opensAt: input.opensAt,
        dueAt: input.dueAt,
      })
      .returning({ id: assignments.id });
    await insertChosenStudents(tx, created!.id, input.studentIds);
    return { ok: true, id: created!.id } as const;
  });
}

export async function updateAssignment(
  assignment: { id: string; classId: string },
  plan: AssignmentPlan,
): Promise<AssignmentResult> {
  return db.transaction(async (tx) => {
    if (plan.studentIds && !(await allOnRoster(tx, assignment.classId, plan.studentIds))) return NOT_ON_ROSTER;
    await tx
      .update(assignments)
      .set({ wholeClass: plan.studentIds === null, opensAt: plan.opensAt, dueAt: plan.dueAt, updatedAt: new Date() })
      .where(eq(assignments.id, assignment.id));
    await tx.delete(assignmentStudents).where(eq(assignmentStudents.assignmentId, assignment.id));
    await insertChosenStudents(tx, assignment.id, plan.studentIds);
    return { ok: true, id: assignment.id } as const;
  });
}

/** Closed assignments refuse answers; reopening lets students finish. */
export async function setAssignmentClosed(assignmentId: string, closed: boolean): Promise<void> {
  await db
    .update(assignments)
    .set({ closedAt: closed ? sql`coalesce(${assignments.closedAt}, now())` : null, updatedAt: new Date() })
    .where(eq(assignments.id, assignmentId));
}

/**
 * Students' attempts stay as their practice history (the foreign key clears their assignment
 * link). One exception: an unfinished assignment attempt of a student who also has practice open
 * for the same lesson would become a second open practice attempt, which the one-open-attempt
 * rule forbids (the delete would fail); that unfinished attempt goes.
 */
export async function deleteAssignment(assignmentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      delete from attempts t
      where t.assignment_id = ${assignmentId} and t.completed_at is null
        and exists (select 1 from attempts p
                    where p.user_id = t.user_id and p.lesson_id = t.lesson_id and p.assignment_id is null and p.completed_at is null)`);
    await tx.delete(assignments).where(eq(assignments.id, assignmentId));
  });
}
