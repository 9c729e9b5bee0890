"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createAssignment, deleteAssignment, setAssignmentClosed, updateAssignment } from "@/db/mutations/assignments";
import { findManagedAssignment } from "@/db/queries/assignments";
import { findManagedClass } from "@/db/queries/classes";
import { isAssignableLesson } from "@/db/queries/lessons";
import { formAction } from "@/lib/actions/form-action";
import { REFUSED } from "@/lib/actions/refusals";
import type { FormState } from "@/lib/form-state";
import { TEACHER_ROLES } from "@/lib/session";
import { zonedLocalToUtc } from "@/lib/time-zones";
import { assignmentIdSchema, createAssignmentSchema, setAssignmentClosedSchema, updateAssignmentSchema } from "@/lib/validations/assignments";

const KEEP = ["lessonId", "opensAt", "dueAt", "audience"];

function revalidateAssignments(classId: string) {
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/home");
}

/** The teacher typed wall-clock times in their own zone; they are stored as the moments they name. */
function toMoments(input: { opensAt: string | null; dueAt: string }, timeZone: string) {
  return { opensAt: input.opensAt ? zonedLocalToUtc(input.opensAt, timeZone) : null, dueAt: zonedLocalToUtc(input.dueAt, timeZone)! };
}

function refusedFor(field: string, message: string): FormState {
  return { errors: { [field]: [message] }, message: "Please fix the highlighted fields." };
}

export const createAssignmentAction = formAction({ schema: createAssignmentSchema, roles: TEACHER_ROLES, keep: KEEP }, async (input, user) => {
  if (!(await findManagedClass(user, input.classId))) return REFUSED.class;
  if (!(await isAssignableLesson(user, input.lessonId))) return refusedFor("lessonId", "Choose a lesson from the list: a built-in lesson (not a demo) or a published lesson of yours.");
  const result = await createAssignment({ ...input, ...toMoments(input, user.timeZone), createdById: user.id });
  if (!result.ok) return refusedFor(result.field, result.message);
  revalidateAssignments(input.classId);
  return { ok: true, message: "Assignment created." };
});

export const updateAssignmentAction = formAction({ schema: updateAssignmentSchema, roles: TEACHER_ROLES, keep: KEEP }, async (input, user) => {
  const assignment = await findManagedAssignment(user, input.assignmentId);
  if (!assignment) return REFUSED.assignment;
  const result = await updateAssignment(assignment, { ...toMoments(input, user.timeZone), studentIds: input.studentIds });
  if (!result.ok) return refusedFor(result.field, result.message);
  revalidateAssignments(assignment.classId);
  redirect(`/teach/classes/${assignment.classId}`);
});

export const setAssignmentClosedAction = formAction({ schema: setAssignmentClosedSchema, roles: TEACHER_ROLES }, async ({ assignmentId, closed }, user) => {
  const assignment = await findManagedAssignment(user, assignmentId);
  if (!assignment) return REFUSED.assignment;
  await setAssignmentClosed(assignmentId, closed);
  revalidateAssignments(assignment.classId);
  return { ok: true, message: closed ? "Closed: new answers are refused." : "Reopened: students can answer again." };
});

export const deleteAssignmentAction = formAction({ schema: assignmentIdSchema, roles: TEACHER_ROLES }, async ({ assignmentId }, user) => {
  const assignment = await findManagedAssignment(user, assignmentId);
  if (!assignment) return REFUSED.assignment;
  await deleteAssignment(assignmentId);
  revalidateAssignments(assignment.classId);
  return { ok: true, message: "Assignment removed." };
});
