import { expect, type Locator } from "@playwright/test";
import type { Question } from "@/lib/content/types";

/** The heading of the feedback to a fully right answer: a two-tier item also names the evidence. */
export const RIGHT_VERDICT = /^(Correct|Right answer, evidence found)$/;

/**
 * Chooses the key of a question in the quiz panel and, for a two-tier item, marks every sentence
 * that holds part of its evidence (through the sentence list, as the keyboard path does).
 */
export async function chooseRightly(quiz: Locator, question: Question): Promise<void> {
  for (const id of question.answer)
    await quiz.getByLabel(question.options.find((o) => o.id === id)!.text, { exact: true }).check();
  if (!question.markEvidence) return;
  const sentences = quiz.getByRole("listbox", { name: "Sentences of the article to mark" }).getByRole("option");
  await expect(sentences.first()).toBeVisible();
  // Each option names its place in the article ("source:start-end"): mark those that hold evidence.
  const spans = await sentences.evaluateAll((options) => options.map((o) => o.getAttribute("data-span") ?? ""));
  for (const [i, span] of spans.entries()) {
    const [, source, start, end] = /^(.*):(\d+)-(\d+)$/.exec(span)!;
    const holds = question.evidence.some((e) => e.source === source && e.start < Number(end) && e.end > Number(start));
    if (!holds) continue;
    await sentences.nth(i).click();
    await expect(sentences.nth(i)).toHaveAttribute("aria-selected", "true");
  }
  await expect(quiz.getByRole("option", { selected: true }).first()).toBeVisible();
}
