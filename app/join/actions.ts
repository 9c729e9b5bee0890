"use server";

import { revalidatePath } from "next/cache";
import { joinClass } from "@/db/mutations/enrollments";
import { formAction } from "@/lib/actions/form-action";
import { joinClassSchema } from "@/lib/validations/classes";

export type JoinClassResult = { className: string };

export const joinClassAction = formAction<typeof joinClassSchema, JoinClassResult>(
  { schema: joinClassSchema, keep: ["code"] },
  async ({ code }, user) => {
    // Checked here rather than with `roles`, so a teacher learns why, not just that it failed.
    if (user.role !== "student") {
      return { message: "Class codes are for students. Teachers and administrators manage classes on the Teaching page." };
    }
    const joined = await joinClass(user.id, code);
    if (!joined.ok) return { errors: { code: [joined.message] }, message: joined.message, values: { code } };
    revalidatePath("/home");
    const message = joined.alreadyEnrolled ? `You are already in ${joined.className}.` : `You joined ${joined.className}.`;
    return { ok: true, message, result: { className: joined.className } };
  },
);
