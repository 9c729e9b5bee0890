import type { QuestionKind } from "@/lib/content/skills";
import { markedOptions, type MarkSpan } from "./mark-credit";

type Answered = { kind: QuestionKind; option_spans?: Record<string, MarkSpan> | null; mark_evidence?: boolean };

/**
 * The options a submission answers with. A highlight item is answered by marking sentences in the
 * article: the sentences the marks cover join any chosen outright (the same ids either way, so a
 * replay or a form that posts ids grades alike). Every other kind: what was chosen.
 */
export function answeredOptions(question: Answered, chosen: readonly string[], marks: readonly MarkSpan[] = []) {
  if (question.kind !== "highlight") return [...chosen];
  const ids = new Set([...chosen, ...markedOptions(question.option_spans ?? null, marks)]);
  return Object.keys(question.option_spans ?? {})
    .filter((id) => ids.has(id))
    .concat([...ids].filter((id) => !Object.hasOwn(question.option_spans ?? {}, id)));
}

/** Whose marks are kept with the answer: a two-tier item's, a highlight item's and a written answer's. */
export function keepsMarks(question: Answered): boolean {
  return Boolean(question.mark_evidence) || question.kind === "highlight";
}
