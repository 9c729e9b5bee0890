"use server";

import { revalidatePath } from "next/cache";
import { rotateJoinCode, setClassArchived, setJoinEnabled, updateClassDetails } from "@/db/mutations/classes";
import { findManagedClass } from "@/db/queries/classes";
import { REFUSED } from "@/lib/actions/refusals";
import { archiveClassSchema, classIdSchema, setJoinEnabledSchema, updateClassSchema } from "@/lib/validations/classes";
import { formAction } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

/** The class page, the teacher's list and students' home pages all show class details. */
function revalidateClass(classId: string) {
  revalidatePath(`/teach/classes/${classId}`);
  revalidatePath("/teach");
  revalidatePath("/home");
}

export const updateClassAction = formAction(
  { schema: updateClassSchema, roles: TEACHER_ROLES, keep: ["name", "section", "schoolYear"] },
  async ({ classId, ...details }, user) => {
    if (!(await findManagedClass(user, classId))) return REFUSED.class;
    await updateClassDetails(classId, details);
    revalidateClass(classId);
    return { ok: true, message: "Class details saved." };
  },
);

export const archiveClassAction = formAction(
  { schema: archiveClassSchema, roles: TEACHER_ROLES },
  async ({ classId, archived }, user) => {
    if (!(await findManagedClass(user, classId))) return REFUSED.class;
    await setClassArchived(classId, archived);
    revalidateClass(classId);
    return { ok: true, message: archived ? "Class archived. It no longer takes new students." : "Class restored." };
  },
);

export const setJoinEnabledAction = formAction(
  { schema: setJoinEnabledSchema, roles: TEACHER_ROLES },
  async ({ classId, enabled }, user) => {
    if (!(await findManagedClass(user, classId))) return REFUSED.class;
    await setJoinEnabled(classId, enabled);
    revalidateClass(classId);
    return {
      ok: true,
      message: enabled
        ? "Students can join with the code again."
        : "Joining is off: the code is refused until you turn it back on.",
    };
  },
);

export const rotateJoinCodeAction = formAction(
  { schema: classIdSchema, roles: TEACHER_ROLES },
  async ({ classId }, user) => {
    if (!(await findManagedClass(user, classId))) return REFUSED.class;
    const code = await rotateJoinCode(classId);
    revalidateClass(classId);
    return { ok: true, message: `New join code: ${code}. The old code no longer works.` };
  },
);
