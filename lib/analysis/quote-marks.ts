import type { Span } from "./types";

/** A stretch of text between quotation marks (the marks excluded), per paragraph. */
export type MarkedQuote = Span & {
  /** Offsets of the marks themselves. */
  open: number;
  close: number;
  /** Quotes that run over paragraphs share a group; others have their own. */
  group: number;
};

const OPENS_AFTER = /[\s([{\u2014\u2013\-/—–:]/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds quotes by their marks: curly “…”, straight "…", and single ‘…’ or '…' when they are
 * used as quotation marks rather than apostrophes. A paragraph that ends inside a quote and a
 * next paragraph that opens again continue the same quote (the press convention).
 */
export function findMarkedQuotes(raw: string, paras: Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let group = 0;
  let carry: number | null = null;
  for (const p of paras) {
    const all = pairDoubles(raw, p);
    const singles = pairSingles(raw, p, all.pairs);
    // ‘A patient asked me, “Am I going to die?” and …’: a quote inside a quote is part of it.
    const doubles = {
      ...all,
      pairs: all.pairs.filter((d) => !singles.some((q) => q.open < d.open && d.close < q.close)),
    };
    const continuing: boolean = carry !== null && /^(?:["“]|'')/.test(raw.slice(p.start, p.start + 2));
    let first = true;
    for (const q of doubles.pairs) {
      const g: number = first && continuing ? carry! : ++group;
      first = false;
      out.push({
        ...trimInner(raw, q.open + markWidth(raw, q.open), q.close + 1 - markWidth(raw, q.close, true)),
        open: q.open,
        close: q.close,
        group: g,
      });
    }
    if (doubles.unclosed !== null) {
      const g: number = doubles.pairs.length === 0 && continuing ? carry! : ++group;
      out.push({
        ...trimInner(raw, doubles.unclosed + markWidth(raw, doubles.unclosed), p.end),
        open: doubles.unclosed,
        close: p.end,
        group: g,
      });
      carry = g;
    } else {
      carry = null;
    }
    for (const q of singles)
      out.push({ ...trimInner(raw, q.open + 1, q.close), open: q.open, close: q.close, group: ++group });
  }
  return out.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start);
}

/** Two apostrophes stand for a straight double mark in some archive texts (`''Yes,'' he said`). */
const isDoubledApostrophe = (raw: string, i: number) => raw[i] === "'" && (raw[i + 1] === "'" || raw[i - 1] === "'");
/** Width of the mark at `i`: 2 for `''` (`close`: `i` is its last character), else 1. */
function markWidth(raw: string, i: number, close = false): number {
  return raw[i] === "'" && raw[close ? i - 1 : i + 1] === "'" ? 2 : 1;
}

function trimInner(raw: string, start: number, end: number): Span {
  while (start < end && /\s/.test(raw[start]!)) start++;
  while (end > start && /[\s,]/.test(raw[end - 1]!)) end--;
  return { start, end };
}

function pairDoubles(raw: string, p: Span): { pairs: { open: number; close: number }[]; unclosed: number | null } {
  const pairs: { open: number; close: number }[] = [];
  let open: number | null = null;
  // A straight quote inside a curly one (“He said "no" to me”), while it is open.
  let nested = false;
  for (let i = p.start; i < p.end; i++) {
    const c = raw[i]!;
    if (c === "“") {
      if (open === null) open = i;
    } else if (c === "”") {
      if (open !== null) {
        pairs.push({ open, close: i });
        open = null;
        nested = false;
      }
    } else if (c === '"' || (c === "'" && raw[i + 1] === "'" && i + 1 < p.end)) {
      // `''` is one mark: `open` is its first character, `close` its last.
      const width = c === '"' ? 1 : 2;
      const before = i === p.start ? " " : raw[i - 1]!;
      const after = raw[i + width];
      const canOpen = (OPENS_AFTER.test(before) || i === p.start) && after !== undefined && !/\s/.test(after);
      if (open === null) {
        // Otherwise a stray closing mark (the quote began in an earlier paragraph and did not reopen).
        if (canOpen) open = i;
      } else if (raw[open] !== "“") {
        pairs.push({ open, close: i + width - 1 });
        open = null;
      } else if (nested) {
        nested = false;
      } else if (canOpen) {
        nested = true;
      } else {
        // “Immunity deals …," a curly quote that a straight mark closes (mixed marks in one text).
        pairs.push({ open, close: i + width - 1 });
        open = null;
      }
      i += width - 1;
    }
  }
  return { pairs, unclosed: open };
}

/** ‘…’ and '…' outside double quotes: an opening mark after a space, a closing one before a non-letter. */
function pairSingles(
  raw: string,
  p: Span,
  doubles: { open: number; close: number }[],
): { open: number; close: number }[] {
  const inside = (i: number) => doubles.some((d) => i > d.open && i < d.close);
  const pairs: { open: number; close: number }[] = [];
  let open: number | null = null;
  for (let i = p.start; i < p.end; i++) {
    const c = raw[i]!;
    if (c !== "‘" && c !== "’" && c !== "'") continue;
    if (inside(i) || isDoubledApostrophe(raw, i)) continue;
    const before = i === p.start ? " " : raw[i - 1]!;
    const after = raw[i + 1];
    if (open === null) {
      if ((c === "‘" || c === "'") && (i === p.start || OPENS_AFTER.test(before)) && isWordChar(after)) open = i;
      continue;
    }
    const closing = (c === "’" || c === "'") && !isWordChar(after) && !/\s/.test(before);
    if (!closing || (raw[open] === "‘" ? c !== "’" : c !== "'")) continue;
    // "the workers' money,'": a mark before a lower-case word is a plural possessive when a
    // clearer closing mark (before punctuation) follows in the same paragraph.
    if (
      /s/i.test(before) &&
      after !== undefined &&
      /\s/.test(after) &&
      /^\s+\p{Ll}/u.test(raw.slice(i + 1, i + 4)) &&
      strongCloserAhead(raw, i + 1, p.end, c)
    )
      continue;
    if (i - open < 400) pairs.push({ open, close: i });
    open = null;
  }
  return pairs;
}

function strongCloserAhead(raw: string, from: number, end: number, mark: string): boolean {
  const stop = Math.min(end, from + 300);
  for (let j = from; j < stop; j++) {
    if (raw[j] === mark && /[,.;:!?]/.test(raw[j - 1] ?? "") && !isWordChar(raw[j + 1])) return true;
    if (raw[j] === mark && /[,.;:!?]/.test(raw[j + 1] ?? "")) return true;
  }
  return false;
}
