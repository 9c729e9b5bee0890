import { analyzeArticle } from "./analyze";
import type { Quote } from "./types";

/** A hand annotation: each quote by its exact text (found in order), with its speaker and kind. */
export type Gold = {
  published?: string;
  /** `within`: a longer stretch around the quote, when its words also occur earlier in the text. */
  quotes: { text: string; speaker: string | null; kind: "direct" | "scare" | "indirect"; within?: string }[];
  attributions: { phrase: string; source: string; via?: string }[];
};

export type Score = {
  gold: number;
  found: number;
  matched: number;
  overlapping: number;
  speakerRight: number;
  attributionsGold: number;
  attributionsFound: number;
};

const norm = (s: string | null | undefined) => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();

/** Locates each gold quote in the text, in order, so a repeated phrase is the right occurrence. */
function locate(raw: string, gold: Gold): { start: number; end: number; speaker: string | null }[] {
  let from = 0;
  return gold.quotes
    .filter((q) => q.kind !== "indirect")
    .map((q) => {
      const around = q.within ? raw.indexOf(q.within) : -1;
      if (q.within && around < 0) throw new Error(`gold context not in the text: ${q.within}`);
      let start = around >= 0 ? raw.indexOf(q.text, around) : raw.indexOf(q.text, from);
      if (start < 0) start = raw.indexOf(q.text);
      if (start < 0) throw new Error(`gold quote not in the text: ${q.text.slice(0, 60)}`);
      from = start + 1;
      return { start, end: start + q.text.length, speaker: q.speaker };
    });
}

/**
 * Quotes (direct and scare; indirect speech is not scored) by exact span; the speaker of each
 * exactly matched quote; attributions by phrase and source.
 */
export function scoreArticle(raw: string, gold: Gold): Score {
  const published = gold.published ? new Date(`${gold.published}T12:00:00Z`) : null;
  const analysis = analyzeArticle(raw, { published });
  const predicted = analysis.quotes.filter((q: Quote) => q.kind !== "indirect");
  const expected = locate(raw, gold);
  let matched = 0;
  let overlapping = 0;
  let speakerRight = 0;
  for (const g of expected) {
    const exact = predicted.find((p) => p.start === g.start && p.end === g.end);
    if (exact) {
      matched++;
      if (norm(exact.speaker) === norm(g.speaker)) speakerRight++;
    }
    if (predicted.some((p) => p.start < g.end && g.start < p.end)) overlapping++;
  }
  const attributionsFound = gold.attributions.filter((a) =>
    analysis.attributions.some(
      (p) =>
        norm(raw.slice(p.start, p.end)) === norm(a.phrase) &&
        norm(p.source) === norm(a.source) &&
        norm(p.via) === norm(a.via),
    ),
  ).length;
  return {
    gold: expected.length,
    found: predicted.length,
    matched,
    overlapping,
    speakerRight,
    attributionsGold: gold.attributions.length,
    attributionsFound,
  };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
