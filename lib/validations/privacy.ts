import { z } from "zod";

const studentId = z.uuid("Unknown student.");
const confirmName = z
  .string()
  .trim()
  .min(1, "Type the student's name to confirm.")
  .max(200, "That is longer than any name here.");

/** Erasing from a class's student page: back to that class afterwards. */
export const eraseClassStudentSchema = z.object({ classId: z.uuid("Unknown class."), studentId, confirmName });

/** Erasing from the administrator's student page. */
export const eraseStudentSchema = z.object({ studentId, confirmName });

/** The administrator's search for a student account by name, email or username. */
export const studentSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .min(2, "Type at least 2 characters.")
    .max(200, "Use at most 200 characters.")
    // Postgres text cannot hold NUL: refused here rather than failing the query.
    .refine((q) => !q.includes("\u0000"), "Remove the control character from the search."),
});

/** The typed confirmation matches the name shown, ignoring case and repeated spaces. */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
  return norm(typed) === norm(name);
}

/**
 * BYLINE_RETENTION_DAYS_ARCHIVED: whole days after a class is archived before its students'
 * attempts and answers are purged. Unset or empty means keep them (null).
 */
export const retentionDaysSchema = z
  .string()
  .trim()
  .regex(/^\d*$/, "must be a whole number of days (0 or more)")
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .refine((v) => v === null || v <= 36_500, "must be at most 36500 days");
