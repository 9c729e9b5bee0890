import { z } from "zod";
import { GENRES } from "@/lib/content/schema";
import { MAX_SOURCE_BYTES } from "@/lib/import/read-source-file";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v || null);

const bytes = (s: string) => new TextEncoder().encode(s).byteLength;

/** Step 1: what the teacher brings. Either pasted text or a file; the file wins when both come. */
export const importInputSchema = z.object({
  text: z.string().optional().default(""),
  file: z
    .union([z.instanceof(File), z.literal("")])
    .optional()
    .transform((f) => (f instanceof File && f.size > 0 ? f : null)),
});

/** Step 2: the cleaned article as the teacher corrected it, and what it is. */
export const importedSourceSchema = z.object({
  title: z.string().trim().min(1, "Enter the article's headline.").max(300, "Use at most 300 characters."),
  outlet: z.string().trim().min(1, "Enter the outlet that published it.").max(120, "Use at most 120 characters."),
  author: z
    .string()
    .trim()
    .min(1, "Enter the author, or the outlet if no author is named.")
    .max(200, "Use at most 200 characters."),
  authorRole: optionalText(200),
  published: z.iso.date("Enter the publication date."),
  url: z
    .union([
      z.literal(""),
      z.url({ protocol: /^https?$/, message: "Enter the article's web address (https://…), or leave it empty." }),
    ])
    .optional()
    .transform((v) => v || null),
  genre: z.enum(GENRES, "Choose whether it is a news report or an opinion piece."),
  section: optionalText(120),
  body: z
    .string()
    .transform((v) =>
      v
        .replace(/\r\n?/g, "\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim(),
    )
    .pipe(
      z
        .string()
        .min(200, "The article text is too short to build a lesson on (at least 200 characters).")
        .refine((v) => bytes(v) <= MAX_SOURCE_BYTES, "The article text is over 1 MB; paste just the article.")
        .refine((v) => !v.includes("\u0000"), "The article text contains binary data."),
    ),
  captureNote: z
    .string()
    .trim()
    .max(1000, "Use at most 1000 characters.")
    .optional()
    .transform((v) => v || "Imported by a teacher; page chrome removed and checked by hand before saving."),
});
export type ImportedSourceInput = z.infer<typeof importedSourceSchema>;

export const lessonIdSchema = z.object({ lessonId: z.string().regex(/^t-[a-z0-9]{10}$/, "Unknown lesson.") });

/** Deleting asks for a ticked box, checked here too: a stray post must not delete a lesson. */
export const deleteLessonSchema = lessonIdSchema.extend({
  confirm: z.literal("yes", { message: "Tick the box to confirm that the lesson should be deleted." }),
});

export const lessonDetailsSchema = lessonIdSchema.extend({
  title: z.string().trim().min(1, "Enter the lesson title.").max(200, "Use at most 200 characters."),
  summary: z
    .string()
    .trim()
    .min(1, "Say in a sentence what students practise.")
    .max(1000, "Use at most 1000 characters."),
  estimatedMinutes: z.coerce
    .number("Enter a number of minutes.")
    .int("Whole minutes, please.")
    .min(1, "At least 1 minute.")
    .max(120, "At most 120 minutes."),
  shared: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export const addSourceSchema = lessonIdSchema.extend({
  sourceId: z.string().regex(/^t-[a-z0-9]{10}$/, "Choose one of your articles."),
});

export const draftQuestionRefSchema = lessonIdSchema.extend({ questionId: z.string().min(1).max(100) });
