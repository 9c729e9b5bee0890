import type { MarkedQuote } from "./quote-marks";
import { spanIndexAt } from "./text";
import type { Span } from "./types";

/** At least this many words: a passage, not a remark. */
const MIN_WORDS = 25;
const FIRST_PERSON = /\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|me|my|mine|myself|we|we[’']re|we[’']ve|us|our|ours)\b/u;
const THIRD_PERSON = /\b(?:[Hh]e|[Ss]he|his|her|him)\b/u;

/**
 * Quoted passages that tell a story rather than report speech: a whole paragraph in quotation
 * marks, no attribution after it, that reads in the third person with no "I" or "we" (`"Ana thought the whole thing
 * was unfair. She was tired, sure. …`), as when one outlet quotes another's narrative at length.
 * The people such a passage names are the ones its "she said" refers to, so pronoun resolution
 * reads them; a quoted speech ("I told her …") is never one.
 */
export function narrativeBlocks(raw: string, marked: MarkedQuote[], paras: Span[]): Span[] {
  return marked
    .filter((q) => {
      const para = paras[spanIndexAt(paras, q.open)];
      // The passage fills its paragraph: nothing before it, and no attribution after it ("…," said Ana Ruiz).
      if (!para || raw.slice(para.start, q.open).trim() !== "" || raw.slice(q.close + 1, para.end).trim() !== "")
        return false;
      const text = raw.slice(q.start, q.end);
      return text.split(/\s+/).length >= MIN_WORDS && !FIRST_PERSON.test(text) && THIRD_PERSON.test(text);
    })
    .map((q) => ({ start: q.open, end: q.close + 1 }));
}
