import { guessPublished, findDates } from "./dates";
import { PersonIndex } from "./names";
import { findOpinionSignals } from "./opinion";
import { findDirectQuotes, withGroups } from "./quotes";
import { findReportedSpeech } from "./reported-speech";
import { paragraphs, sentences } from "./text";
import type { Analysis } from "./types";

export type AnalyzeOptions = { published?: Date | null };

/**
 * Reads an article as it is (page chrome tolerated) and finds its sentences, direct, indirect
 * and scare quotes with speakers and cues, attributions to other outlets and sources, dates,
 * and opinion signals. Offsets are UTF-16 offsets into `raw`, end exclusive.
 */
export function analyzeArticle(raw: string, options: AnalyzeOptions = {}): Analysis {
  const paras = paragraphs(raw);
  const sents = sentences(raw);
  const people = new PersonIndex(raw);
  const direct = findDirectQuotes(raw, paras, sents, people);
  const quoted = direct.map((q) => ({ start: q.start, end: q.end }));
  const { indirect, attributions } = findReportedSpeech({ raw, people, quoted }, sents, direct);
  const published = options.published ?? guessPublished(raw);
  return {
    sentences: sents,
    // A group speaker ("Smith and Jones said that …") lists its members, direct or indirect.
    quotes: withGroups([...direct, ...indirect], people).sort((a, b) => a.start - b.start || a.end - b.end),
    attributions,
    dates: findDates(raw, published, sents),
    opinion: findOpinionSignals(raw, sents, quoted),
  };
}
