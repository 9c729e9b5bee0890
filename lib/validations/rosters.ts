import { z } from "zod";
import { classIdSchema } from "./classes";

export const rosterStudentSchema = classIdSchema.extend({ studentId: z.uuid("Unknown student.") });

const MAX_UPLOAD_BYTES = 100_000;

/** An empty file input still posts a nameless, empty File: that means "no file". */
const csvFile = z
  .instanceof(File, { message: "Choose a CSV file." })
  .optional()
  .transform((f) => (f && f.size > 0 ? f : undefined))
  .refine((f) => !f || f.size <= MAX_UPLOAD_BYTES, "The file is too large: 100 KB at most (about 3,000 names).");

/** Names pasted one per line, or a CSV file of them: exactly one of the two. */
export const addStudentsSchema = classIdSchema
  .extend({
    names: z.string().max(20_000, "Paste at most 20,000 characters at a time.").optional().default(""),
    file: z.union([csvFile, z.literal("").transform(() => undefined)]),
  })
  .superRefine((input, ctx) => {
    const pasted = input.names.trim() !== "";
    if (pasted && input.file)
      ctx.addIssue({ code: "custom", path: ["names"], message: "Paste names or choose a file, not both." });
    if (!pasted && !input.file)
      ctx.addIssue({
        code: "custom",
        path: ["names"],
        message: "Paste the students' names, one per line, or choose a CSV file.",
      });
  });
