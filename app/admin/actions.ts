"use server";

import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { resetPassword } from "@/db/mutations/password-resets";
import { findTeacher } from "@/db/queries/teachers";
import { teacherInvites } from "@/db/schema";
import { REFUSED } from "@/lib/actions/refusals";
import { generateCode, hashCode } from "@/lib/codes";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { formDataToObject, isFormData, UNREADABLE_FORM } from "@/lib/forms/form-data";
import { createInviteSchema, revokeInviteSchema } from "@/lib/validations/invites";
import { resetTeacherPasswordSchema } from "@/lib/validations/password-resets";
import { formAction } from "@/server/actions/form-action";
import { getCurrentUser } from "@/server/session";

export type InviteFormState = FormState & { code?: string };

const NOT_ALLOWED = { message: "Only an administrator can manage teacher invites." };

export async function createInviteAction(_prev: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin") return NOT_ALLOWED;
  if (!isFormData(formData)) return { message: UNREADABLE_FORM };
  const { note, days } = formDataToObject(formData);
  const parsed = createInviteSchema.safeParse({ note, days });
  if (!parsed.success) return fieldErrors(parsed.error);
  const code = `TEACH-${generateCode(3)}`;
  await db.insert(teacherInvites).values({
    codeHash: hashCode(code),
    note: parsed.data.note || null,
    createdById: user.id,
    expiresAt: new Date(Date.now() + parsed.data.days * 86_400_000),
  });
  revalidatePath("/admin");
  return { ok: true, code, message: "Invite created. Copy the code now: it is shown only once." };
}

export async function revokeInviteAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin" || !isFormData(formData)) return;
  const parsed = revokeInviteSchema.safeParse({ inviteId: formData.get("inviteId") });
  if (!parsed.success) return;
  await db
    .update(teacherInvites)
    .set({ revokedAt: new Date() })
    .where(and(eq(teacherInvites.id, parsed.data.inviteId), isNull(teacherInvites.usedAt)));
  revalidatePath("/admin");
}

export type TeacherPasswordResult = { name: string; login: string; password: string };

export const resetTeacherPasswordAction = formAction<typeof resetTeacherPasswordSchema, TeacherPasswordResult>(
  { schema: resetTeacherPasswordSchema, roles: ["admin"] },
  async ({ teacherId }, user) => {
    const teacher = await findTeacher(user, teacherId);
    if (!teacher) return REFUSED.teacher;
    const password = await resetPassword(teacher.id);
    return {
      ok: true,
      message: `New password for ${teacher.name}. It is shown only once.`,
      result: { ...teacher, password },
    };
  },
);
