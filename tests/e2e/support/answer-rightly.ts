import { expect, type Locator } from "@playwright/test";
import type { Question } from "@/lib/content/types";

/** The heading of the feedback to a fully right answer: a two-tier item also names the evidence. */
export const RIGHT_VERDICT = /^(Correct|Right answer, evidence found)$/;

type Span = { source: string; start: number; end: number };

/**
 * Answers a question with its key in the quiz panel: chooses the key of a multiple-choice
 * question and, for a two-tier item, marks every sentence that holds part of its evidence; marks
 * a highlight item's key sentences. Marking goes through the sentence list, as the keyboard path does.
 */
export async function chooseRightly(quiz: Locator, question: Question): Promise<void> {
  if (question.kind === "highlight") {
    const key = question.answer.map((id) => question.optionSpans![id]!);
    return markSentences(quiz, (s) => key.some((k) => k.source === s.source && k.start === s.start && k.end === s.end));
  }
  for (const id of question.answer)
    await quiz.getByLabel(question.options.find((o) => o.id === id)!.text, { exact: true }).check();
  if (!question.markEvidence) return;
  await markSentences(quiz, (s) =>
    question.evidence.some((e) => e.source === s.source && e.start < s.end && e.end > s.start),
  );
}

/** Marks, in the list of the article's sentences, those `wanted` picks (each option names its place: "source:start-end"). */
async function markSentences(quiz: Locator, wanted: (sentence: Span) => boolean): Promise<void> {
  const sentences = quiz.getByRole("listbox", { name: "Sentences of the article to mark" }).getByRole("option");
  await expect(sentences.first()).toBeVisible();
  const spans = await sentences.evaluateAll((options) => options.map((o) => o.getAttribute("data-span") ?? ""));
  for (const [i, span] of spans.entries()) {
    const [, source, start, end] = /^(.*):(\d+)-(\d+)$/.exec(span)!;
    if (!wanted({ source: source!, start: Number(start), end: Number(end) })) continue;
    await sentences.nth(i).click();
    await expect(sentences.nth(i)).toHaveAttribute("aria-selected", "true");
  }
  await expect(quiz.getByRole("option", { selected: true }).first()).toBeVisible();
}
