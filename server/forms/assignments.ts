import "server-only";
import { revalidatePath } from "next/cache";
import { createAssignment } from "@/db/mutations/assignments";
import { findManagedClass } from "@/db/queries/classes";
import { isAssignableLesson } from "@/db/queries/lessons";
import { REFUSED } from "@/lib/actions/refusals";
import type { FormState } from "@/lib/form-state";
import { zonedLocalToUtc } from "@/lib/time-zones";
import { createAssignmentSchema } from "@/lib/validations/assignments";
import { formHandler } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

/** The assignment form's text fields, kept when it is sent back with errors. */
export const ASSIGNMENT_FIELDS = ["lessonId", "opensAt", "dueAt", "audience"];

export function revalidateAssignments(classId: string) {
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/home");
}

/** The teacher typed wall-clock times in their own zone; they are stored as the moments they name. */
export function toMoments(input: { opensAt: string | null; dueAt: string }, timeZone: string) {
  return {
    opensAt: input.opensAt ? zonedLocalToUtc(input.opensAt, timeZone) : null,
    dueAt: zonedLocalToUtc(input.dueAt, timeZone)!,
  };
}

export function refusedFor(field: string, message: string): FormState {
  return { errors: { [field]: [message] }, message: "Please fix the highlighted fields." };
}

/** A lesson assigned to one of the teacher's classes, to the whole class or to chosen students. */
export const submitCreateAssignment = formHandler(
  { schema: createAssignmentSchema, roles: TEACHER_ROLES, keep: ASSIGNMENT_FIELDS },
  async (input, user) => {
    if (!(await findManagedClass(user, input.classId))) return REFUSED.class;
    if (!(await isAssignableLesson(user, input.lessonId)))
      return refusedFor(
        "lessonId",
        "Choose a lesson from the list: a built-in lesson (not a demo) or a published lesson of yours.",
      );
    const result = await createAssignment({ ...input, ...toMoments(input, user.timeZone), createdById: user.id });
    if (!result.ok) return refusedFor(result.field, result.message);
    revalidateAssignments(input.classId);
    return { ok: true, message: "Assignment created." };
  },
);
