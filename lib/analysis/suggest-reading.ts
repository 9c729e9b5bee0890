import type { EvidenceRef } from "@/lib/content/schema";
import { analyzeArticle } from "./analyze";
import { SPEECH_VERB } from "./cues";
import { PersonIndex } from "./names";
import { furnitureSpans, isFurniture } from "./suggest-furniture";
import { isOutletItself } from "./suggest-self-citation";
import { checkSpeakers, type SpeakerCheck } from "./suggest-speaker-check";
import { escapeRegExp, paragraphs } from "./text";
import type { Analysis, Attribution, Quote, Span } from "./types";

/**
 * What the suggester needs to know about a source besides its text. `author` (the byline) lets it
 * tell the author's own earlier reporting from a source's.
 */
export type SuggestSource = {
  id: string;
  outlet: string;
  genre: "news-report" | "opinion";
  body: string;
  published?: string | null;
  author?: string | null;
};

/** A sentence of the source with what the analysis found in it. */
export type Sentence = Span & {
  index: number;
  text: string;
  /** Quotes of every kind that overlap the sentence. */
  quotes: Quote[];
  attributions: Attribution[];
  /** The writer's-voice signals the opinion finder gave it (quoted words left out). */
  signals: string[];
  /** Its direct quotes whose speaker a question may name, each with that speaker (a person, or a group as one). */
  named: { quote: Quote; speaker: SpeakerCheck }[];
  /** Holds words in quotation marks that no question may give to anyone: unattributed, or the speaker in doubt (a group found as one member). */
  doubtful: boolean;
  /** Page chrome, a database abstract, a headline or byline: never an option, never evidence. */
  furniture: boolean;
  /** Fit to stand alone as an option: running text, found once in the body, not too long, never cutting through a quote. */
  usable: boolean;
};

/** A source read once: its analysis, the people it names, its sentences, and what the suggester makes of its speakers and sources. */
export type SourceReading = {
  source: SuggestSource;
  analysis: Analysis;
  people: PersonIndex;
  sentences: Sentence[];
  /** Spans that are no part of the article's running text (see suggest-furniture.ts). */
  furniture: Span[];
  /** Who each quote with a speaker may be keyed to, and how sure that is. */
  speakers: Map<Quote, SpeakerCheck>;
};

/** Longer than this, a sentence is too much to read as one option. */
const MAX_OPTION_CHARS = 300;

export function readSource(source: SuggestSource): SourceReading {
  const raw = source.body;
  const analysis = analyzeArticle(raw, {
    published: source.published ? new Date(`${source.published}T12:00:00Z`) : null,
  });
  const people = new PersonIndex(raw);
  const furniture = furnitureSpans(raw);
  // Checked against the people the text itself names, before the analysis's speakers join them.
  const speakers = checkSpeakers({
    raw,
    paragraphs: paragraphs(raw),
    sentences: analysis.sentences,
    quotes: analysis.quotes,
    outlet: source.outlet,
    author: source.author,
    furniture,
    people,
  });
  for (const q of analysis.quotes) if (q.speaker && !q.speakers?.length) people.add(q.speaker);
  const sentences = analysis.sentences.map((s, index): Sentence => {
    const text = raw.slice(s.start, s.end);
    const quotes = analysis.quotes.filter((q) => q.start < s.end && q.end > s.start);
    const whole = quotes.every(
      (q) =>
        q.kind === "indirect" ||
        (q.start >= s.start && q.end <= s.end + 1) ||
        (s.start >= q.start - 1 && s.end <= q.end + 1),
    );
    const chrome = isFurniture(raw, furniture, s);
    const named = quotes.flatMap((q) => {
      const speaker = q.kind === "direct" ? speakerOf({ speakers }, q) : null;
      return speaker ? [{ quote: q, speaker }] : [];
    });
    return {
      ...s,
      index,
      text,
      quotes,
      attributions: analysis.attributions.filter((a) => a.start >= s.start && a.end <= s.end),
      signals: analysis.opinion.find((o) => o.sentence === index)?.signals ?? [],
      named,
      doubtful: quotes.some((q) => q.kind !== "indirect" && !speakerOf({ speakers }, q)),
      furniture: chrome,
      usable: !chrome && whole && text.length <= MAX_OPTION_CHARS && countOf(raw, text) === 1,
    };
  });
  return { source, analysis, people, sentences, furniture, speakers };
}

/** The outlet (or the author) cites its own earlier reporting: "The Times reported" in a Times article. */
export const citesItself = (reading: SourceReading, a: Attribution) =>
  isOutletItself(a.via ?? a.source, reading.source.outlet, reading.source.author) ||
  isOutletItself(a.source, reading.source.outlet, reading.source.author);

/**
 * An attribution a question may credit: not the outlet citing itself, and not the attribution of
 * a quote whose speaker is a group or in doubt ("Quill and Tate wrote" found as "Tate wrote").
 */
export function creditable(reading: SourceReading, a: Attribution): boolean {
  if (citesItself(reading, a)) return false;
  const sentence = reading.sentences.find((s) => a.start >= s.start && a.start < s.end);
  return !sentence?.quotes.some((q) => {
    const c = reading.speakers.get(q);
    return c && (c.group || c.check.confidence === 0) && (c.members.includes(a.source) || q.speaker === a.source);
  });
}

/** A quote a question may name the speaker of: a speaker the article gives, not the outlet itself, not blocked. */
export const speakerOf = (reading: Pick<SourceReading, "speakers">, q: Quote): SpeakerCheck | null => {
  const c = reading.speakers.get(q);
  return c && !c.self && c.check.confidence > 0 ? c : null;
};

function countOf(body: string, text: string): number {
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

/** Whether the text names the word (a surname, an outlet) as a whole word, in any case. */
/** Whether the text names the word, apostrophes either way ("O’Neill" for "O'Neill"). */
export const mentions = (text: string, word: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(word.replace(/[’']/g, "'")).replace(/'/g, "['’]")}(?![\\p{L}\\p{N}])`,
    "iu",
  ).test(text);

/**
 * Whether the text uses the word or one built on it ("Europe" for "European", "Leavitt’s" for
 * "Leavitt"), in any case: when it does not, it says nothing about the thing by name.
 */
export const usesWordOrKin = (text: string, word: string) => {
  const stem = word.slice(0, Math.max(5, word.length - 3));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}`, "iu").test(text);
};

/**
 * Direct quotes with a named speaker in the sentence, or around it (a transcript line), each with
 * the speaker a question may name (a group as one: "Ann Baker and Carl Diaz").
 */
export const namedQuotes = (s: Sentence) => s.named.map(({ quote, speaker }) => ({ ...quote, speaker: speaker.label }));

/** Words in quotation marks that could be anyone's: the article names nobody, or the speaker is in doubt. */
export const hasUnnamedQuote = (s: Sentence) => s.doubtful;

const SPEECH = new RegExp(`\\b${SPEECH_VERB}\\b`);

/** No quote, no attribution, no speech verb: the outlet speaks for itself. */
export const isOwnVoice = (s: Sentence) => s.quotes.length === 0 && s.attributions.length === 0 && !SPEECH.test(s.text);

/** Signals of judgement; first person and hedges alone say little about whose view it is. */
export const judgementSignals = (s: Sentence) => s.signals.filter((x) => !/^(?:first person|hedge)/.test(x));
