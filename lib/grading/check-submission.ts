import type { QuestionKind } from "@/lib/content/skills";
import { unknownOptions } from "./grade-answer";
import type { MarkSpan } from "./mark-credit";

/** Why a submission cannot be graded at all: the same for a signed-in student and a guest. */
export type SubmissionRefusal =
  | "question-gone"
  | "unknown-option"
  | "choose-one"
  | "choose-some"
  | "unreadable-marks"
  | "write-an-answer"
  | "not-written";

export type SubmittedQuestion = {
  kind: QuestionKind;
  options: readonly { id: string }[];
  /** The lesson's sources and their lengths: marks may fall only inside them. */
  source_lengths?: Record<string, number>;
};

/**
 * The checks before grading, in order: the question is still part of the published lesson
 * (`null`: it is not), a written question comes with a response (and only a written one), every
 * choice is one of its options (a written question has none), exactly one is chosen in multiple
 * choice, and every mark lies inside one of the lesson's articles. Either the
 * refusal's reason code or the question, ready to grade.
 */
export function checkSubmission<Q extends SubmittedQuestion>(
  question: Q | null,
  chosen: readonly string[],
  marks: readonly MarkSpan[] = [],
  response?: string,
): { refusal: SubmissionRefusal } | { question: Q } {
  if (!question) return { refusal: "question-gone" };
  if (question.kind === "written") {
    if (!response) return { refusal: "write-an-answer" };
  } else if (response !== undefined) return { refusal: "not-written" };
  if (unknownOptions(question, chosen).length > 0) return { refusal: "unknown-option" };
  if (question.kind === "highlight" && chosen.length === 0) return { refusal: "choose-some" };
  if (question.kind !== "highlight" && question.kind !== "written" && chosen.length !== 1)
    return { refusal: "choose-one" };
  const lengths = question.source_lengths ?? {};
  if (marks.some((m) => !Object.hasOwn(lengths, m.source) || m.end > lengths[m.source]!))
    return { refusal: "unreadable-marks" };
  return { question };
}
