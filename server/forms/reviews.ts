import "server-only";
import { revalidatePath } from "next/cache";
import { scoreResponse } from "@/db/mutations/reviews";
import { findManagedAssignment } from "@/db/queries/assignments";
import { REFUSED } from "@/lib/actions/refusals";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { scoreResponseSchema } from "@/lib/validations/reviews";
import { formHandler } from "@/server/actions/form-action";
import { revalidateAssignments } from "@/server/forms/assignments";
import { TEACHER_ROLES } from "@/server/session";

/**
 * Scores one written response (the review queue's form: its server action, or its plain post
 * without JavaScript) and opens the next one awaiting review. Session, role and input are checked
 * by formHandler; the assignment must be in one of the teacher's classes, and the answer one of
 * its written answers (scoreResponse checks both again inside its transaction).
 */
export const submitScoreResponse = formHandler(
  { schema: scoreResponseSchema, roles: TEACHER_ROLES, keep: ["comment"] },
  async (input, user) => {
    const assignment = await findManagedAssignment(user, input.assignmentId);
    if (!assignment) return REFUSED.assignment;
    const saved = await scoreResponse(user, input);
    if (!saved) return { message: "That answer is not one of this assignment's written answers." };
    revalidateAssignments(assignment.classId);
    revalidatePath(`/teach/classes/${assignment.classId}/assignments/${input.assignmentId}`, "layout");
    return { redirectTo: reviewQueueHref(assignment.classId, input.assignmentId, { saved: input.answerId }) };
  },
);
