/** A stretch of an article the student marked, or a stretch of a question's evidence: offsets into the stored body. */
export type MarkSpan = { source: string; start: number; end: number };

/**
 * A question's evidence as marking is scored against it: `around` is the whole sentence (or
 * sentences) holding it, where marks beyond the evidence cost nothing, so a student who can only
 * mark whole sentences (the keyboard path) is not scored below one who drags over the clause.
 */
export type KeySpan = MarkSpan & { around?: { start: number; end: number } };

export type MarkResult = {
  /** 0..1: the share of the evidence's characters the marks cover. */
  recall: number;
  /** 0..1: the share of the marked characters that fall inside the evidence (1 when nothing was marked). */
  precision: number;
  /** 0..1: what the marking earns (below). */
  credit: number;
};

/**
 * F-score at or above which marking earns full credit: marking the whole sentence around a
 * shorter quote, or leaving out a few of its words, is still showing the right place.
 */
const FULL_CREDIT_AT = 0.8;

/** Overlapping or touching spans of one source merged, in order. */
export function mergeSpans(spans: readonly MarkSpan[]): MarkSpan[] {
  const sorted = [...spans]
    .filter((s) => s.end > s.start)
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
  const merged: MarkSpan[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && last.source === s.source && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

const length = (spans: readonly MarkSpan[]) => spans.reduce((n, s) => n + s.end - s.start, 0);

function overlap(a: readonly MarkSpan[], b: readonly MarkSpan[]): number {
  let n = 0;
  for (const x of a)
    for (const y of b) if (x.source === y.source) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/**
 * How well marks in the article match a question's evidence, by characters (spans merged first,
 * so marking a passage twice counts once). Recall is the share of the evidence marked; precision
 * the share of the marks that is evidence, not counting marks in the rest of the evidence's own
 * sentences. The F-score of the two, scaled so that FULL_CREDIT_AT and above earn 1: exact marks,
 * or the whole sentence, earn 1; half of the evidence and nothing else earns 0.83; marks outside
 * it or no marks earn 0; marking the whole article earns next to nothing (its precision is tiny).
 */
export function markCredit(evidence: readonly KeySpan[], marks: readonly MarkSpan[]): MarkResult {
  const key = mergeSpans(evidence);
  const free = mergeSpans(evidence.map((e) => (e.around ? { source: e.source, ...e.around } : e)));
  const marked = mergeSpans(marks);
  const shared = overlap(key, marked);
  // Marked characters beside the evidence in its own sentences: neither right nor wrong.
  const neutral = overlap(free, marked) - shared;
  const counted = length(marked) - neutral;
  const recall = length(key) ? shared / length(key) : 0;
  const precision = counted > 0 ? shared / counted : 1;
  const f = recall + precision > 0 && shared > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  const credit = Math.round(Math.min(1, f / FULL_CREDIT_AT) * 100) / 100;
  return { recall, precision, credit };
}

/**
 * A two-tier item's score: half for the answer, half for the marks. A right answer without the
 * evidence earns 0.5; the right evidence under a wrong answer earns up to 0.5 (the student found
 * the place but misread it). The item counts as correct when the answer is right, so facility and
 * distractor analysis keep meaning "chose the key".
 */
export function twoTierScore(answerRight: boolean, credit: number): number {
  return (answerRight ? 0.5 : 0) + 0.5 * credit;
}

/** Share of a highlight sentence the marks must cover for it to count as marked. */
const SENTENCE_MARKED_AT = 0.5;

/**
 * A highlight item's answer from marks in the article: the sentences (options, by their place in
 * the article) at least half covered by the marks, in option order. Half, not all: a drag that
 * stops a word short still marks the sentence; a word that spills into the next does not.
 */
export function markedOptions(spans: Record<string, MarkSpan> | null, marks: readonly MarkSpan[]): string[] {
  if (!spans || marks.length === 0) return [];
  const marked = mergeSpans(marks);
  return Object.entries(spans)
    .filter(([, s]) => s.end > s.start && overlap([s], marked) >= SENTENCE_MARKED_AT * (s.end - s.start))
    .map(([id]) => id);
}
