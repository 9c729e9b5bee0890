import { ABSTRACT_MARKER, FULL_TEXT_MARKER, isPageChrome } from "@/lib/import/page-chrome";
import { paragraphs } from "./text";
import type { Span } from "./types";

/** A paragraph with a sentence's end in it (a headline, a byline, a label or a link has none). */
const ENDS_LIKE_A_SENTENCE = /[.!?…"”’']$/u;
const HAS_A_SENTENCE_END = /[.!?…]["”’')]?\s/u;
const isProse = (text: string) => ENDS_LIKE_A_SENTENCE.test(text) || HAS_A_SENTENCE_END.test(text);

/**
 * The parts of a body that are not the article's running text, so never an option or evidence:
 * page chrome by the importer's own rule (lib/import/page-chrome.ts: "Advertisement", "Read
 * more …", "ABSTRACT.", "FULL TEXT.", share rows), a news database's abstract between its
 * "ABSTRACT." and "FULL TEXT." markers (the article starts after the second), and lines that do
 * not end like a sentence (headline, byline, subheading, caption credit).
 */
export function furnitureSpans(raw: string): Span[] {
  const paras = paragraphs(raw);
  const text = (p: Span) => raw.slice(p.start, p.end).replace(/\s+/g, " ").trim();
  const out: Span[] = [];
  const fullText = paras.findIndex((p) => FULL_TEXT_MARKER.test(text(p)));
  const abstract = paras.findIndex((p) => ABSTRACT_MARKER.test(text(p)));
  // A headline and its deck open many bodies as short one-line paragraphs, full stop or not
  // ("Senator from Texas says he cannot allow Clinton to win."); running text starts at the first long one.
  const opening = paras.findIndex((p) => !isDisplayLine(text(p)));
  paras.forEach((p, i) => {
    const inAbstract = abstract >= 0 && fullText > abstract && i > abstract && i < fullText;
    const displayed = i < opening && i < MAX_DISPLAY_LINES;
    if (inAbstract || displayed || isPageChrome(text(p)) || !isProse(text(p))) out.push(p);
  });
  return out;
}

/** At most a headline, a deck and a byline open a body. */
const MAX_DISPLAY_LINES = 3;
/** A lead paragraph is a full sentence of news; a headline or deck is shorter than this many words. */
const DISPLAY_WORDS = 17;
/** Short, one sentence, and not reporting in the past tense as a lead does (a headline "says"; a lead "said"). */
const isDisplayLine = (line: string) =>
  line.split(/\s+/).length < DISPLAY_WORDS && !/[.!?]["”’']?\s+\p{Lu}/u.test(line) && !/\bsaid\b/i.test(line);

/** Whether a span of the body is (or runs into) furniture, or is itself a chrome line ("ABSTRACT." before the abstract on one line). */
export function isFurniture(raw: string, furniture: Span[], span: Span): boolean {
  return (
    isPageChrome(raw.slice(span.start, span.end)) || furniture.some((f) => f.start < span.end && f.end > span.start)
  );
}
