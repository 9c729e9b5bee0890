/** Offsets are UTF-16 code-unit offsets into the raw text as read (BOM and CRLF kept), end exclusive. */
export type Span = { start: number; end: number };

type QuoteKind = "direct" | "indirect" | "scare";

/**
 * `speakers`: set only when the speaker is a group of two or more named people or organisations
 * ("Cummings and Conyers wrote"), each member's fullest name; `speaker` is then the members
 * joined ("Ann Baker and Carl Diaz", "Ann Baker, Carl Diaz and Eve Fox").
 */
export type Quote = Span & {
  text: string;
  speaker: string | null;
  cue: string | null;
  kind: QuoteKind;
  speakers?: string[];
};

export type Attribution = Span & { source: string; cue: string; via?: string };

/**
 * How much time a date mention names: one day, a weekend, a week, a month or a year. Only "day"
 * can resolve to `YYYY-MM-DD`; a weekend or a week is never keyed as one day (its `resolved`
 * stays `null`). `null` when the text names a stretch of no calendar size ("the past few days").
 */
export type DatePrecision = "day" | "weekend" | "week" | "month" | "year";

/** Words of the text that a relative date counts from. */
export type DateRef = Span & { text: string };

/**
 * What a relative date counts from: the publication date (deictic words: "yesterday", "on
 * Tuesday", "three days ago", "last week"); an earlier date in the same sentence ("on March 3 …
 * two days later"; `date` is null when the sentence gives none, or two); a named event ("11 days
 * before the election"), with the date the text gives that event when it gives one; or, for
 * deictic words inside quoted speech, the day the words were said, when the text gives it.
 */
export type DateAnchor =
  | { kind: "published" }
  | { kind: "date"; date: DateRef | null }
  | { kind: "event"; event: DateRef; date: DateRef | null }
  | { kind: "statement"; date: DateRef | null };

/** A signed distance from the anchor: "11 days before" is { n: -11, unit: "day" }. */
export type DateOffset = { n: number; unit: "day" | "week" | "month" | "year" };

/**
 * A date the text names. `resolved` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` at the precision the text
 * gives, or `null` when the text does not fix it (an undated anchor, a week, a hedged count).
 * `anchor` is `null` for a date written out ("Nov. 8", "in October", "in 2019").
 */
export type DateMention = Span & {
  text: string;
  resolved: string | null;
  precision: DatePrecision | null;
  anchor: DateAnchor | null;
  offset?: DateOffset;
};

export type OpinionSentence = { sentence: number; signals: string[] };

export type Analysis = {
  sentences: Span[];
  quotes: Quote[];
  attributions: Attribution[];
  dates: DateMention[];
  opinion: OpinionSentence[];
};
