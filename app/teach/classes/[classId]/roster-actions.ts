"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { removeFromClass } from "@/db/mutations/enrollments";
import { resetPassword } from "@/db/mutations/password-resets";
import { createStudentLogins, type CreatedLogin } from "@/db/mutations/student-logins";
import { findManagedClass } from "@/db/queries/classes";
import { isOnManagedRoster } from "@/db/queries/rosters";
import { getStudentAccountAccess } from "@/db/queries/student-account-access";
import { formAction } from "@/lib/actions/form-action";
import { REFUSED } from "@/lib/actions/refusals";
import { logger } from "@/lib/logger";
import { whyNoPasswordReset } from "@/lib/privacy/student-account-refusals";
import { MAX_NAMES_PER_BATCH, parseCsvNames, parsePastedNames, type NameProblem } from "@/lib/rosters/name-list";
import { TEACHER_ROLES } from "@/lib/session";
import { resetStudentPasswordSchema } from "@/lib/validations/password-resets";
import { addStudentsSchema, rosterStudentSchema } from "@/lib/validations/rosters";

export type AddStudentsResult = { created: CreatedLogin[]; problems: NameProblem[] };
export type ResetPasswordResult = { name: string; login: string; password: string };

export const removeStudentAction = formAction({ schema: rosterStudentSchema, roles: TEACHER_ROLES }, async ({ classId, studentId }, user) => {
  if (!(await isOnManagedRoster(user, classId, studentId))) return REFUSED.student;
  await removeFromClass(classId, studentId);
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/home");
  // Asked from the student's own page, which no longer exists for this class: back to the roster.
  redirect(`/teach/classes/${classId}`);
});

/**
 * Bad rows are reported with their line numbers and the good ones are still created; the new
 * passwords are in this one response and nowhere else.
 */
export const addStudentsAction = formAction<typeof addStudentsSchema, AddStudentsResult>(
  { schema: addStudentsSchema, roles: TEACHER_ROLES, keep: ["names"] },
  async ({ classId, names, file }, user) => {
    if (!(await findManagedClass(user, classId))) return REFUSED.class;
    const list = file ? parseCsvNames(await file.text()) : parsePastedNames(names);
    if ("error" in list) return { errors: { file: [list.error] }, message: list.error };
    if (list.names.length > MAX_NAMES_PER_BATCH) {
      return { errors: { names: [`Add at most ${MAX_NAMES_PER_BATCH} students at a time.`] }, message: "That is too many names for one batch.", values: { names } };
    }
    const created = await createStudentLogins(user, classId, list.names);
    revalidatePath(`/teach/classes/${classId}`);
    const skipped = list.problems.length ? ` ${list.problems.length} line(s) were skipped: see below.` : "";
    return {
      ok: created.length > 0,
      message: `Created ${created.length} student login(s).${skipped}`,
      result: { created, problems: list.problems },
    };
  },
);

/** Only a login the teacher made, or any student's for an administrator: getStudentAccountAccess decides. */
export const resetStudentPasswordAction = formAction<typeof resetStudentPasswordSchema, ResetPasswordResult>(
  { schema: resetStudentPasswordSchema, roles: TEACHER_ROLES },
  async ({ studentId }, user) => {
    const access = await getStudentAccountAccess(user, studentId);
    if (!access) return REFUSED.student;
    if (access.resetPassword !== "allowed") return { message: `${whyNoPasswordReset(access.resetPassword, access.name)} The password was not changed.` };
    const password = await resetPassword(access.id);
    logger.info({ actorId: user.id, actorRole: user.role, studentId: access.id }, "student password reset");
    return { ok: true, message: `New password for ${access.name}. It is shown only once.`, result: { name: access.name, login: access.login, password } };
  },
);
