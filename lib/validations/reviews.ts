import { z } from "zod";
import { RUBRIC_LEVEL_IDS } from "@/lib/content/skills";
import { MAX_REVIEW_COMMENT } from "./limits";

export const scoreResponseSchema = z.object({
  assignmentId: z.uuid("That assignment is not in one of your classes."),
  answerId: z.coerce
    .number("That answer could not be found.")
    .int("That answer could not be found.")
    .min(1, "That answer could not be found.")
    .max(Number.MAX_SAFE_INTEGER, "That answer could not be found."),
  level: z.enum(RUBRIC_LEVEL_IDS, "Choose a level: Beginning, Emerging or Mastery."),
  comment: z
    .string()
    .trim()
    .max(MAX_REVIEW_COMMENT, `Keep the comment under ${MAX_REVIEW_COMMENT} characters.`)
    .optional()
    .transform((c) => (c ? c : null)),
});
