import nlp from "compromise";
import type { Span } from "./types";

/** A string matched literally inside a regular expression ("Dr. O'Neill (R-Tex)"). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Paragraphs: runs of text between blank lines (or single line breaks, as captured pages use). */
export function paragraphs(raw: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (m[0].trim()) out.push({ start: m.index + lead, end: m.index + m[0].length - trail });
  }
  return out;
}

/**
 * Sentences from compromise's segmenter (it knows "U.S." and "Nov." are not sentence ends),
 * run per paragraph so that a heading or a caption never merges with the text after it.
 */
export function sentences(raw: string): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs(raw)) {
    const text = raw.slice(p.start, p.end);
    const found = nlp(text).json({ offset: true }) as { offset: { start: number } }[];
    // compromise's offsets can leave out an opening quotation mark, and its lengths are not
    // always exact: each sentence runs from its start (opening marks included) to the next.
    const starts = found.map((f, i) => {
      let at = i === 0 ? 0 : Math.min(f.offset.start, text.length);
      while (at > 0 && /[‘“"'(\[]/.test(text[at - 1]!)) at--;
      return at;
    });
    starts.forEach((from, i) => {
      let start = from;
      let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start: p.start + start, end: p.start + end });
    });
    if (found.length === 0) out.push(p);
  }
  return out;
}

/** The index of the span holding `offset`, or -1. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A line in title case (most longer words capitalised): a headline. */
export function isHeadline(line: string, minWords = 4): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= minWords && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}
