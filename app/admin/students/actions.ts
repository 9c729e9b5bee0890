"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eraseStudent } from "@/db/mutations/privacy";
import { erasureRefusal } from "@/lib/privacy/erasure-refusal";
import { eraseStudentSchema } from "@/lib/validations/privacy";
import { formAction } from "@/server/actions/form-action";

/** An administrator erases any student account, whoever's classes it is in. */
export const eraseStudentAction = formAction<typeof eraseStudentSchema, never>(
  { schema: eraseStudentSchema, roles: ["admin"], keep: ["confirmName"] },
  async ({ studentId, confirmName }, user) => {
    const outcome = await eraseStudent(user, studentId, confirmName);
    if (!outcome.ok) return { ...erasureRefusal(outcome), values: { confirmName } };
    revalidatePath("/teach", "layout");
    revalidatePath("/admin/students");
    redirect("/admin/students?erased=1");
  },
);
