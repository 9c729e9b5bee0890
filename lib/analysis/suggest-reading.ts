import type { EvidenceRef } from "@/lib/content/schema";
import { analyzeArticle } from "./analyze";
import { SPEECH_VERB } from "./cues";
import { PersonIndex } from "./names";
import type { Analysis, Attribution, Quote, Span } from "./types";

/** What the suggester needs to know about a source besides its text. */
export type SuggestSource = { id: string; outlet: string; genre: "news-report" | "opinion"; body: string; published?: string | null };

/** A sentence of the source with what the analysis found in it. */
export type Sentence = Span & {
  index: number;
  text: string;
  /** Quotes of every kind that overlap the sentence. */
  quotes: Quote[];
  attributions: Attribution[];
  /** The writer's-voice signals the opinion finder gave it (quoted words left out). */
  signals: string[];
  /** Fit to stand alone as an option: found once in the body, not too long, never cutting through a quote. */
  usable: boolean;
};

/** A source read once: its analysis, the people it names and its sentences. */
export type SourceReading = { source: SuggestSource; analysis: Analysis; people: PersonIndex; sentences: Sentence[] };

/** Longer than this, a sentence is too much to read as one option. */
const MAX_OPTION_CHARS = 300;

export function readSource(source: SuggestSource): SourceReading {
  const raw = source.body;
  const analysis = analyzeArticle(raw, { published: source.published ? new Date(`${source.published}T12:00:00Z`) : null });
  const people = new PersonIndex(raw);
  for (const q of analysis.quotes) if (q.speaker) people.add(q.speaker);
  const sentences = analysis.sentences.map((s, index): Sentence => {
    const text = raw.slice(s.start, s.end);
    const quotes = analysis.quotes.filter((q) => q.start < s.end && q.end > s.start);
    const whole = quotes.every((q) => q.kind === "indirect" || (q.start >= s.start && q.end <= s.end + 1) || (s.start >= q.start - 1 && s.end <= q.end + 1));
    return {
      ...s,
      index,
      text,
      quotes,
      attributions: analysis.attributions.filter((a) => a.start >= s.start && a.end <= s.end),
      signals: analysis.opinion.find((o) => o.sentence === index)?.signals ?? [],
      usable: whole && text.length <= MAX_OPTION_CHARS && countOf(raw, text) === 1,
    };
  });
  return { source, analysis, people, sentences };
}

export function countOf(body: string, text: string): number {
  let n = 0;
  for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) n++;
  return n;
}

/** Evidence for a span of the source, with its occurrence when the same words come more than once. */
export function cite(reading: SourceReading, span: Span): EvidenceRef {
  const body = reading.source.body;
  const quote = body.slice(span.start, span.end);
  if (countOf(body, quote) === 1) return { source: reading.source.id, quote };
  return { source: reading.source.id, quote, occurrence: countOf(body.slice(0, span.start + quote.length), quote) };
}

export const surnameOf = (name: string) => name.split(" ").at(-1)!;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the text names the word (a surname, an outlet) as a whole word, in any case. */
export const mentions = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "iu").test(text);

/**
 * Whether the text uses the word or one built on it ("Europe" for "European", "Leavitt’s" for
 * "Leavitt"), in any case: when it does not, it says nothing about the thing by name.
 */
export const usesWordOrKin = (text: string, word: string) => {
  const stem = word.slice(0, Math.max(5, word.length - 3));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem)}`, "iu").test(text);
};

/** Direct quotes with a named speaker in the sentence, or around it (a transcript line). */
export const namedQuotes = (s: Sentence) => s.quotes.filter((q): q is Quote & { speaker: string } => q.kind === "direct" && !!q.speaker);

/** Words in quotation marks that the article gives to nobody by name: they could be anyone's. */
export const hasUnnamedQuote = (s: Sentence) => s.quotes.some((q) => q.kind !== "indirect" && !q.speaker);

const SPEECH = new RegExp(`\\b${SPEECH_VERB}\\b`);

/** No quote, no attribution, no speech verb: the outlet speaks for itself. */
export const isOwnVoice = (s: Sentence) => s.quotes.length === 0 && s.attributions.length === 0 && !SPEECH.test(s.text);

/** Signals of judgement; first person and hedges alone say little about whose view it is. */
export const judgementSignals = (s: Sentence) => s.signals.filter((x) => !/^(?:first person|hedge)/.test(x));
