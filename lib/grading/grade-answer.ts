import type { QuestionKind } from "@/lib/content/skills";
import { markCredit, twoTierScore, type KeySpan, type MarkResult, type MarkSpan } from "./mark-credit";

export type GradedQuestion = {
  kind: QuestionKind;
  answer: readonly string[];
  options: readonly { id: string }[];
  /** A two-tier item: the student also marks where the article shows it, scored against `evidence`. */
  mark_evidence?: boolean;
  evidence?: readonly KeySpan[];
};
/**
 * `score` and `correct` are null for a written response: its teacher scores it later with the
 * rubric (db/mutations/reviews.ts); its marks, if asked for, are measured but only inform them.
 */
export type Grade = { score: number | null; correct: boolean | null; marking?: MarkResult };

/**
 * Written: left to the teacher (null). Multiple choice: 1 for the key, else 0; a two-tier item adds its marks (twoTierScore). Highlight items are graded per sentence with partial
 * credit, max(0, (right picks − wrong picks) / size of the key), so picking every sentence earns
 * nothing; a question counts as correct only at score 1.
 */
export function gradeAnswer(
  question: GradedQuestion,
  chosen: readonly string[],
  marks: readonly MarkSpan[] = [],
): Grade {
  const picks = new Set(chosen);
  if (question.kind === "written") {
    return {
      score: null,
      correct: null,
      ...(question.mark_evidence ? { marking: markCredit(question.evidence ?? [], marks) } : {}),
    };
  }
  if (question.kind !== "highlight") {
    const correct = picks.size === 1 && question.answer.includes(chosen[0]!);
    if (!question.mark_evidence) return { score: correct ? 1 : 0, correct };
    const marking = markCredit(question.evidence ?? [], marks);
    return { score: twoTierScore(correct, marking.credit), correct, marking };
  }
  const key = new Set(question.answer);
  let right = 0;
  let wrong = 0;
  for (const id of picks) {
    if (key.has(id)) right += 1;
    else wrong += 1;
  }
  const score = Math.max(0, (right - wrong) / key.size);
  return { score, correct: score === 1 };
}

/** Option ids a submission may name: anything else is refused before grading. */
export function unknownOptions(question: Pick<GradedQuestion, "options">, chosen: readonly string[]): string[] {
  const ids = new Set(question.options.map((o) => o.id));
  return chosen.filter((id) => !ids.has(id));
}
