"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { removeFromClass } from "@/db/mutations/enrollments";
import { resetPassword } from "@/db/mutations/password-resets";
import { isOnManagedRoster } from "@/db/queries/rosters";
import { getStudentAccountAccess } from "@/db/queries/student-account-access";
import { REFUSED } from "@/lib/actions/refusals";
import { logger } from "@/lib/logger";
import { whyNoPasswordReset } from "@/lib/privacy/student-account-refusals";
import { resetStudentPasswordSchema } from "@/lib/validations/password-resets";
import { rosterStudentSchema } from "@/lib/validations/rosters";
import { formAction, serverAction } from "@/server/actions/form-action";
import { submitAddStudents } from "@/server/forms/rosters";
import { TEACHER_ROLES } from "@/server/session";

export type ResetPasswordResult = { name: string; login: string; password: string };

export const removeStudentAction = formAction(
  { schema: rosterStudentSchema, roles: TEACHER_ROLES },
  async ({ classId, studentId }, user) => {
    if (!(await isOnManagedRoster(user, classId, studentId))) return REFUSED.student;
    await removeFromClass(classId, studentId);
    revalidatePath(`/teach/classes/${classId}`);
    revalidatePath("/home");
    // Asked from the student's own page, which no longer exists for this class: back to the roster.
    redirect(`/teach/classes/${classId}`);
  },
);

/** The plain post without JavaScript (./students/route.ts) runs the same handler. */
export const addStudentsAction = serverAction(submitAddStudents);

/** Only a login the teacher made, or any student's for an administrator: getStudentAccountAccess decides. */
export const resetStudentPasswordAction = formAction<typeof resetStudentPasswordSchema, ResetPasswordResult>(
  { schema: resetStudentPasswordSchema, roles: TEACHER_ROLES },
  async ({ studentId }, user) => {
    const access = await getStudentAccountAccess(user, studentId);
    if (!access) return REFUSED.student;
    if (access.resetPassword !== "allowed")
      return { message: `${whyNoPasswordReset(access.resetPassword, access.name)} The password was not changed.` };
    const password = await resetPassword(access.id);
    logger.info({ actorId: user.id, actorRole: user.role, studentId: access.id }, "student password reset");
    return {
      ok: true,
      message: `New password for ${access.name}. It is shown only once.`,
      result: { name: access.name, login: access.login, password },
    };
  },
);
