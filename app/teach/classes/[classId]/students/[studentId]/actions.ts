"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eraseStudent } from "@/db/mutations/privacy";
import { isOnManagedRoster } from "@/db/queries/rosters";
import { REFUSED } from "@/lib/actions/refusals";
import { erasureRefusal } from "@/lib/privacy/erasure-refusal";
import { eraseClassStudentSchema } from "@/lib/validations/privacy";
import { formAction } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

/** Erases the student (see eraseStudent), then says so on a page that leads back to the class. */
export const eraseClassStudentAction = formAction<typeof eraseClassStudentSchema, never>(
  { schema: eraseClassStudentSchema, roles: TEACHER_ROLES, keep: ["confirmName"] },
  async ({ classId, studentId, confirmName }, user) => {
    if (!(await isOnManagedRoster(user, classId, studentId))) return REFUSED.student;
    const outcome = await eraseStudent(user, studentId, confirmName);
    if (!outcome.ok) return { ...erasureRefusal(outcome), values: { confirmName } };
    revalidatePath(`/teach/classes/${classId}`, "layout");
    revalidatePath("/admin/students");
    redirect(`/teach/classes/${classId}/students/${studentId}/erased`);
  },
);
