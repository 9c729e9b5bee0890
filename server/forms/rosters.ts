import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createStudentLogins } from "@/db/mutations/student-logins";
import { findManagedClass } from "@/db/queries/classes";
import { REFUSED } from "@/lib/actions/refusals";
import { plural } from "@/lib/plural";
import { MAX_NAMES_PER_BATCH, parseCsvNames, parsePastedNames } from "@/lib/rosters/name-list";
import { addStudentsSchema } from "@/lib/validations/rosters";
import { formHandler } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

/** The new logins (shown once) and the lines that were skipped, as the form shows them. */
export const addStudentsResultSchema = z.object({
  created: z.array(z.object({ line: z.number(), name: z.string(), username: z.string(), password: z.string() })),
  problems: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
});
export type AddStudentsResult = z.infer<typeof addStudentsResultSchema>;

/**
 * Logins for students without email. Bad rows are reported with their line numbers and the good
 * ones are still created; the new passwords are in this one response and nowhere else.
 */
export const submitAddStudents = formHandler<typeof addStudentsSchema, AddStudentsResult>(
  { schema: addStudentsSchema, roles: TEACHER_ROLES, keep: ["names"] },
  async ({ classId, names, file }, user) => {
    if (!(await findManagedClass(user, classId))) return REFUSED.class;
    const list = file ? parseCsvNames(await file.text()) : parsePastedNames(names);
    if ("error" in list) return { errors: { file: [list.error] }, message: list.error };
    if (list.names.length > MAX_NAMES_PER_BATCH) {
      return {
        errors: { names: [`Add at most ${MAX_NAMES_PER_BATCH} students at a time.`] },
        message: "That is too many names for one batch.",
        values: { names },
      };
    }
    const created = await createStudentLogins(user, classId, list.names);
    revalidatePath(`/teach/classes/${classId}`);
    const skipped = list.problems.length
      ? ` ${plural(list.problems.length, "line was", "lines were")} skipped: see below.`
      : "";
    return {
      ok: created.length > 0,
      message: `Created ${plural(created.length, "student login")}.${skipped}`,
      result: { created, problems: list.problems },
    };
  },
);
