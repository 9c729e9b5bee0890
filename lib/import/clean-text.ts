import { wholeLineDate } from "./dates";
import { looksLikeHeadline, sameHeadline, sectionLabel } from "./headline";
import { isPageChrome } from "./page-chrome";

/** What the cleaner found: the article's own text, its metadata, and what it took away. */
export type CleanedArticle = {
  title: string | null;
  author: string | null;
  published: string | null;
  section: string | null;
  captions: { caption: string; credit: string | null }[];
  /** Paragraphs separated by a blank line: the text a teacher reviews and saves. */
  body: string;
  /** Each removed line, so the teacher can see what went and put back what should not have. */
  removed: string[];
};

const PROMO_WORDS =
  /\b(?:newsletter|subscribe|subscription|brief|updates|comments?|share|follow|podcast|sign up|donate|support us|membership|app)\b/i;
const CAPTION =
  /^(.*\S)\s*\(([^()]*(?:Getty|AFP|Reuters|AP Photo|\bAP\b|Photo|Image|Credit|via|Shutterstock|EPA|Pool)[^()]*)\)\s*$/;
const BIO_START =
  /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|journalist|writer|editor|correspondent|columnist|contributor|author|analyst)\b/u;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

/** "UkraineUnited StatesRussiaTrump & Russia…": topic tags that lost their separators. */
function isTagRun(line: string): boolean {
  return !/[.!?:;”"]$/.test(line) && (line.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * Strips page chrome from an article pasted or uploaded as text: date stamps and counters, the
 * byline and date lines (kept as metadata), the headline and the section above it (kept as
 * metadata), topic-tag runs, comment widgets, subscription and newsletter prompts, share rows,
 * news-database markers and the author's bio. Image credits are kept as captions. A title given
 * as a hint (a page's <h1>) is the headline: only its own line is taken out of the text then.
 */
export function cleanPlainText(
  input: string,
  hints: { author?: string | null; title?: string | null } = {},
): CleanedArticle {
  const lines = input
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const removed: string[] = [];
  const captions: CleanedArticle["captions"] = [];
  let author = hints.author ?? null;
  let published: string | null = null;
  let section: string | null = null;
  let title = hints.title ?? null;
  let headlineTaken = false;
  const isHeadline = (line: string) => (hints.title ? sameHeadline(line, hints.title) : looksLikeHeadline(line));
  const kept: string[] = [];

  for (const line of lines) {
    const byline = /^by\s*([\p{Lu}][^,|]{1,80}?)(?:\s*[,|].*)?$/iu.exec(line);
    const date = wholeLineDate(line);
    const caption = CAPTION.exec(line);
    // Above the article's first paragraph and its headline: where sections and kickers sit.
    const onTop = kept.length === 0 && !headlineTaken;
    if (date) {
      published ??= date;
      removed.push(line);
    } else if (byline && words(byline[1]!) <= 5 && kept.length === 0 && !/[.!?]$/.test(line)) {
      author ??= byline[1]!.trim();
      removed.push(line);
    } else if (caption && kept.length === 0) {
      captions.push({ caption: caption[1]!, credit: caption[2]!.trim() });
    } else if (isPageChrome(line) || isTagRun(line)) {
      removed.push(line);
    } else if (onTop && isHeadline(line)) {
      title = hints.title ?? line;
      headlineTaken = true;
      removed.push(line);
    } else if (onTop && sectionLabel(line) !== null) {
      section ??= sectionLabel(line);
      removed.push(line);
    } else {
      kept.push(line);
    }
  }
  const end = articleEnd(kept, author);
  removed.push(...kept.slice(end));
  return { title, author, published, section, captions, body: kept.slice(0, end).join("\n\n"), removed };
}

/**
 * Where the article stops. The author's bio closes many pages: from a line that is just the
 * author's name, or a "<Name> is a reporter…" paragraph, to the end. Then any promotional tail:
 * short unpunctuated lines and lines that sell something.
 */
function articleEnd(kept: string[], author: string | null): number {
  let end = kept.length;
  const bio = kept.findIndex((l, i) => i > 0 && ((author && l === author) || BIO_START.test(l)));
  if (bio > 0) {
    let start = bio;
    while (start > 0 && words(kept[start - 1]!) <= 4 && !/[.!?”"]$/.test(kept[start - 1]!)) start--;
    end = start;
  }
  while (end > 0) {
    const l = kept[end - 1]!;
    const short = words(l) <= 8 && !/[.!?”"]$/.test(l);
    if (!(short || (words(l) <= 20 && PROMO_WORDS.test(l)))) break;
    end--;
  }
  return end;
}
