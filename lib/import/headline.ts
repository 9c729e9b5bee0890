import { wholeLineDate } from "./dates";

/** Longer than this, a line is a paragraph, however it ends. */
const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 180;

/** A sentence's end, with any quotation marks or brackets closed after it. */
const FINAL_STOP = /\.["'’”»)\]]*$/u;
/** A lead-in to what follows ("The exchange that followed was tense:"), not a line of its own. */
const LEAD_IN = /[,:;–—-]$/u;
const CAPITALISED = /^["'‘“«(]*[\p{Lu}\p{N}]/u;
const BYLINE = /^(?:by|written by|words by|reporting by|photographs? by)(?:\s|(?=\p{Lu}))/iu;
const TIMESTAMP = /^(?:published|updated|posted|last updated|first published)\b/i;
/** "GENEVA (Reuters) - Leaders…", "WASHINGTON — The Senate…": the first paragraph of a wire story. */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s.,'’]*(?:\([^)]*\))?\s*[—–-]{1,2}\s/u;
const AUDIO = /^listen\b|\b\d+\s*min(?:ute)?s?\s+(?:read|listen)\b/i;
/** "Home | News | Health", "Halden Metro > City Hall": where the page sits, not what it says. */
const CRUMB_SEPARATOR = /\s+[|>›»/]\s+/u;

const wordsOf = (line: string) => line.split(/\s+/).filter(Boolean);

/**
 * Whether a line at the top of a pasted article reads as its headline: three to 25 words in
 * title case or sentence case (a capital first, not all capitals), without a sentence's final
 * full stop or a lead-in's colon. Datelines, bylines, timestamps, breadcrumbs and "Listen to
 * this article" are page furniture, never the headline; an all-capitals line is a kicker.
 */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  const words = wordsOf(text).length;
  if (words < 3 || words > MAX_HEADLINE_WORDS || text.length > MAX_HEADLINE_CHARS) return false;
  if (FINAL_STOP.test(text) || LEAD_IN.test(text) || !CAPITALISED.test(text)) return false;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if ((text.match(/\p{Ll}/gu) ?? []).length < letters / 2) return false;
  if ([BYLINE, TIMESTAMP, WIRE_DATELINE, AUDIO, CRUMB_SEPARATOR].some((re) => re.test(text))) return false;
  return wholeLineDate(text) === null;
}

/**
 * What a line above the headline says about where the article sits, or null when it is no such
 * line: a section ("Politics"), the last of its breadcrumbs ("Home | News | Health" → "Health"),
 * or an all-capitals kicker ("THE LONG READ").
 */
export function sectionLabel(line: string): string | null {
  const crumbs = line.split(CRUMB_SEPARATOR);
  if (crumbs.length > 1 && crumbs.every((c) => wordsOf(c).length <= 4)) return crumbs.at(-1)!.trim();
  const words = wordsOf(line).length;
  if (words <= 3 && !/[.!?]$/.test(line)) return line;
  if (words <= 6 && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)) return line;
  return null;
}

/** The same headline, written with other spaces or capitals ("Port workers vote" / "PORT WORKERS VOTE"). */
export const sameHeadline = (a: string, b: string) =>
  a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
