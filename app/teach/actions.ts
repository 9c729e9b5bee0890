"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createClass } from "@/db/mutations/classes";
import { formAction } from "@/lib/actions/form-action";
import { TEACHER_ROLES } from "@/lib/session";
import { classDetailsSchema } from "@/lib/validations/classes";

export const createClassAction = formAction(
  { schema: classDetailsSchema, roles: TEACHER_ROLES, keep: ["name", "section", "schoolYear"] },
  async (input, user) => {
    const created = await createClass(user.id, input);
    revalidatePath("/teach");
    redirect(`/teach/classes/${created.id}`);
  },
);
