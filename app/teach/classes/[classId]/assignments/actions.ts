"use server";

import { redirect } from "next/navigation";
import { deleteAssignment, setAssignmentClosed, updateAssignment } from "@/db/mutations/assignments";
import { findManagedAssignment } from "@/db/queries/assignments";
import { REFUSED } from "@/lib/actions/refusals";
import { assignmentIdSchema, setAssignmentClosedSchema, updateAssignmentSchema } from "@/lib/validations/assignments";
import { formAction, serverAction } from "@/server/actions/form-action";
import {
  ASSIGNMENT_FIELDS,
  refusedFor,
  revalidateAssignments,
  submitCreateAssignment,
  toMoments,
} from "@/server/forms/assignments";
import { TEACHER_ROLES } from "@/server/session";

/** The plain post without JavaScript (./route.ts) runs the same handler. */
export const createAssignmentAction = serverAction(submitCreateAssignment);

export const updateAssignmentAction = formAction(
  { schema: updateAssignmentSchema, roles: TEACHER_ROLES, keep: ASSIGNMENT_FIELDS },
  async (input, user) => {
    const assignment = await findManagedAssignment(user, input.assignmentId);
    if (!assignment) return REFUSED.assignment;
    const result = await updateAssignment(assignment, {
      ...toMoments(input, user.timeZone),
      studentIds: input.studentIds,
    });
    if (!result.ok) return refusedFor(result.field, result.message);
    revalidateAssignments(assignment.classId);
    redirect(`/teach/classes/${assignment.classId}`);
  },
);

export const setAssignmentClosedAction = formAction(
  { schema: setAssignmentClosedSchema, roles: TEACHER_ROLES },
  async ({ assignmentId, closed }, user) => {
    const assignment = await findManagedAssignment(user, assignmentId);
    if (!assignment) return REFUSED.assignment;
    await setAssignmentClosed(assignmentId, closed);
    revalidateAssignments(assignment.classId);
    return { ok: true, message: closed ? "Closed: new answers are refused." : "Reopened: students can answer again." };
  },
);

export const deleteAssignmentAction = formAction(
  { schema: assignmentIdSchema, roles: TEACHER_ROLES },
  async ({ assignmentId }, user) => {
    const assignment = await findManagedAssignment(user, assignmentId);
    if (!assignment) return REFUSED.assignment;
    await deleteAssignment(assignmentId);
    revalidateAssignments(assignment.classId);
    return { ok: true, message: "Assignment removed." };
  },
);
