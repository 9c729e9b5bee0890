import { plural } from "../plural";

export type Span = { start: number; end: number };

/**
 * Finds the exact text in a source body. Evidence is only ever matched verbatim: no
 * normalisation of quotes, dashes or spaces, because the point is that the words are the
 * outlet's own.
 */
export function locateQuote(body: string, quote: string, occurrence?: number): Span | string {
  const wanted = occurrence ?? 1;
  let from = 0;
  let found = -1;
  let seen = 0;
  while (seen < wanted) {
    found = body.indexOf(quote, from);
    if (found === -1) break;
    seen += 1;
    from = found + 1;
  }
  if (found === -1) {
    if (seen === 0) return `"${shorten(quote)}" is not an exact substring of the source`;
    return `"${shorten(quote)}" occurs ${plural(seen, "time")} in the source, not ${wanted}`;
  }
  if (occurrence === undefined && body.indexOf(quote, found + 1) !== -1) {
    return `"${shorten(quote)}" occurs more than once in the source: add an occurrence number`;
  }
  return { start: found, end: found + quote.length };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
