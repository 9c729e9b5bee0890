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
  paras.forEach((p, i) => {
    const inAbstract = abstract >= 0 && fullText > abstract && i > abstract && i < fullText;
    if (inAbstract || isPageChrome(text(p)) || !isProse(text(p))) out.push(p);
  });
  return out;
}

/** Whether a span of the body is (or runs into) furniture, or is itself a chrome line ("ABSTRACT." before the abstract on one line). */
export function isFurniture(raw: string, furniture: Span[], span: Span): boolean {
  return (
    isPageChrome(raw.slice(span.start, span.end)) || furniture.some((f) => f.start < span.end && f.end > span.start)
  );
}
