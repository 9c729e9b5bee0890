import { sentences } from "@/lib/analysis/text";
import type { Span } from "./locate-quote";

/** Bodies already cut (a lesson's articles are cut on every two-tier page and every content load). */
const cut = new Map<string, Span[]>();
const KEEP = 64;

/**
 * An article's sentences as spans of its body, paragraph by paragraph, without surrounding white
 * space: the units a student steps through when marking evidence with the keyboard. The
 * analysis's splitter, which knows "U.S." and "Nov. 23" do not end a sentence (the platform's
 * Intl.Segmenter cuts there).
 */
export function sentenceSpans(body: string): Span[] {
  const known = cut.get(body);
  if (known) return known;
  const spans = sentences(body).flatMap((span) => splitAfterQuotedStop(body, span));
  if (cut.size >= KEEP) cut.delete(cut.keys().next().value!);
  cut.set(body, spans);
  return spans;
}

/** The splitter keeps `“It’s over.” Then he left.` as one: a stop inside closing quotation marks ends a sentence too. */
function splitAfterQuotedStop(body: string, span: Span): Span[] {
  const out: Span[] = [];
  const text = body.slice(span.start, span.end);
  let from = 0;
  for (const m of text.matchAll(/[.!?][”"]\s+(?=[“"‘A-Z])/g)) {
    const end = m.index + 2;
    out.push({ start: span.start + from, end: span.start + end });
    from = m.index + m[0].length;
  }
  out.push({ start: span.start + from, end: span.end });
  return out;
}

/** The sentence(s) of the body that hold a span: from the start of the first to the end of the last. */
export function sentencesAround(body: string, span: Span): Span {
  const holding = sentenceSpans(body).filter((s) => s.end > span.start && s.start < span.end);
  return holding.length
    ? { start: Math.min(span.start, holding[0]!.start), end: Math.max(span.end, holding.at(-1)!.end) }
    : { start: span.start, end: span.end };
}

/** An article as a two-tier item offers it for marking: its sentences, with their offsets and words. */
export type MarkableArticle = {
  source: string;
  outlet: string;
  sentences: { start: number; end: number; text: string }[];
};
