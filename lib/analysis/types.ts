/** Offsets are UTF-16 code-unit offsets into the raw text as read (BOM and CRLF kept), end exclusive. */
export type Span = { start: number; end: number };

export type QuoteKind = "direct" | "indirect" | "scare";

export type Quote = Span & { text: string; speaker: string | null; cue: string | null; kind: QuoteKind };

export type Attribution = Span & { source: string; cue: string; via?: string };

export type DateMention = Span & { text: string; resolved: string | null };

export type OpinionSentence = { sentence: number; signals: string[] };

export type Analysis = {
  sentences: Span[];
  quotes: Quote[];
  attributions: Attribution[];
  dates: DateMention[];
  opinion: OpinionSentence[];
};
