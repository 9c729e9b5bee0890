import type { QuestionKind } from "@/lib/content/skills";

export type GradedQuestion = { kind: QuestionKind; answer: readonly string[]; options: readonly { id: string }[] };
export type Grade = { score: number; correct: boolean };

/**
 * Multiple choice: 1 for the key, else 0. Highlight items are graded per sentence with partial
 * credit, max(0, (right picks − wrong picks) / size of the key), so picking every sentence earns
 * nothing; a question counts as correct only at score 1.
 */
export function gradeAnswer(question: GradedQuestion, chosen: readonly string[]): Grade {
  const picks = new Set(chosen);
  if (question.kind !== "highlight") {
    const correct = picks.size === 1 && question.answer.includes(chosen[0]!);
    return { score: correct ? 1 : 0, correct };
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
