import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { MAX_RESPONSE } from "./limits";

const submitAnswerSchema = z.object({
  lessonId: slug,
  questionId: slug,
  /** Empty only for a written question (checkSubmission holds each kind to its own). */
  chosen: z
    .array(slug)
    .max(12, "Too many choices.")
    .refine((ids) => new Set(ids).size === ids.length, "Each choice may be picked once."),
  /** Milliseconds the question was on screen, when the browser measured it; only for teachers' reports. */
  timeSpentMs: z.coerce.number().int().min(0).max(86_400_000).optional(),
  assignmentId: z.uuid().optional(),
  /** Two-tier items: passages marked in the article, each "source:start-end" (offsets into its body). */
  marks: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:\d{1,7}-\d{1,7}$/, "Your marks could not be read.")
        .transform((value) => {
          const [source, range] = [value.slice(0, value.lastIndexOf(":")), value.slice(value.lastIndexOf(":") + 1)];
          const [start, end] = range.split("-").map(Number) as [number, number];
          return { source, start, end };
        })
        .refine((m) => m.start < m.end, "Your marks could not be read."),
    )
    .max(60, "Mark at most 60 passages.")
    .optional(),
  /** Written questions: the student's answer, a few sentences. */
  response: z
    .string({ message: "Your answer could not be read." })
    .trim()
    .max(MAX_RESPONSE, `Keep your answer under ${MAX_RESPONSE} characters: a few sentences are enough.`)
    .optional(),
  /** The attempt the page was drawn for: the options were shown in that attempt's order. */
  attempt: z.coerce.number({ message: "Reload the page to answer." }).int().min(1).max(100_000),
});

export type SubmitAnswerInput = z.infer<typeof submitAnswerSchema>;

/** Reads a submission from a form post (radio or checkboxes named "chosen"). */
export function parseAnswerForm(formData: FormData) {
  const optional = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  return submitAnswerSchema.safeParse({
    lessonId: formData.get("lessonId"),
    questionId: formData.get("questionId"),
    chosen: formData.getAll("chosen"),
    marks: formData.getAll("mark"),
    // Only a written question's form has the field; an empty one is "write something first".
    response: formData.has("response") ? formData.get("response") : undefined,
    timeSpentMs: optional("timeSpentMs"),
    assignmentId: optional("assignmentId"),
    attempt: formData.get("attempt"),
  });
}
