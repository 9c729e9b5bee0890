/** Calendar arithmetic on `YYYY-MM-DD` strings (UTC), number words and a sentence's tense. */

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

export const isoOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const dayOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

export const addDays = (iso: string, n: number) => isoOf(new Date(dayOf(iso).getTime() + n * DAY_MS));

/** "2025-11" or "2025-11-24" moved by n months, at month precision. */
export function addMonths(iso: string, n: number): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

export const addYears = (iso: string, n: number) => String(Number(iso.slice(0, 4)) + n);

const weekdayOf = (iso: string) => dayOf(iso).getUTCDay();

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export const isDay = (iso: string | null | undefined): iso is string => !!iso && /^\d{4}-\d{2}-\d{2}$/.test(iso);

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

/** The exact count a word gives ("11", "eleven", "a"), or null ("a few", "several", "some"). */
export function countOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return NUMBERS[w] ?? null;
}

export const COUNT = String.raw`(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|a\s+couple\s+of|a\s+few|few|several|some|many)`;

/** Words before a count that make it approximate: "about two weeks", "more than a year". */
export const HEDGE =
  /\b(?:about|around|roughly|nearly|almost|some|approximately|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|up\s+to|within|barely|just\s+over|just\s+under|only\s+about)\s+$/i;

const IRREGULAR_PAST =
  "said|told|met|was|were|had|did|went|came|took|made|gave|saw|spoke|wrote|ran|held|began|left|found|sent|brought|thought|became|kept|won|lost|fell|rose|struck|broke|chose|drove|flew|fought|led|paid|sold|spent|stood|threw|woke|bought|caught|knew|grew|shot|got|felt|heard"; // not "set", "put", "hit", "quit": present too
const FUTURE =
  /\b(?:will|won['’]t|would|shall|going\s+to|(?:is|are|was|were)\s+(?:set|scheduled|slated|due|expected|planned|poised)\b|plans?\s+to|intends?\s+to|upcoming)\b|['’]ll\b/i;
const PAST_IRREGULAR = new RegExp(String.raw`\b(?:${IRREGULAR_PAST})\b`, "i");
// Lower-case "-ed" words only ("United" is a name), and not after a determiner ("the proposed plan").
const PAST_REGULAR = /(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ur)\s)\b[a-z]{3,}ed\b/;

/**
 * "past" or "future" by the sentence's verbs; null when it has both or neither (a headline, "said
 * she will"), which leaves a bare weekday unresolved rather than guessed.
 */
function tenseOf(sentence: string): "past" | "future" | null {
  const future = FUTURE.test(sentence);
  // "will be held", "is expected": participles after "be" are not the past.
  const rest = sentence.replace(FUTURE, " ").replace(/\b(?:be|been|being|is|are|am)\s+(?:\w+ly\s+)?\w+/gi, " ");
  const past = PAST_IRREGULAR.test(rest) || PAST_REGULAR.test(rest);
  if (future === past) return null;
  return future ? "future" : "past";
}

/**
 * The tense of the clause around `at` (an offset into `sentence`): "talks broke down on Tuesday"
 * in "workers will walk out next week after talks broke down on Tuesday" is past, and so is "said on
 * Tuesday" in "she said on Tuesday that the bridge would reopen". Falls back to
 * the whole sentence when the clause does not say.
 */
export function tenseAt(sentence: string, at: number): "past" | "future" | null {
  const stops = [
    ...sentence.matchAll(/[;:,–—]|\b(?:after|before|when|while|because|but|and|as|since|until|that)\b/gi),
  ].map((m) => m.index);
  const from = Math.max(0, ...stops.filter((i) => i <= at));
  const to = Math.min(sentence.length, ...stops.filter((i) => i > at));
  const clause = sentence.slice(from, to);
  // "Trump is invited to the dinner on Saturday, aides said": a clause in the present is no past, whatever frames it.
  if (/\b(?:is|are|am)\b/i.test(clause) && tenseOf(clause) === null) return null;
  return tenseOf(clause) ?? tenseOf(sentence);
}

/**
 * The day a weekday names, counted from `ref`: in the past the last such day on or before it
 * ("said on Tuesday" in a Tuesday paper is that day), in the future the next one after it; null
 * when the tense does not say, or when "on Monday" in the future of a Monday could be either.
 */
export function weekdayFrom(
  ref: string,
  weekday: number,
  tense: "past" | "future" | null,
  last = false,
): string | null {
  const today = weekdayOf(ref);
  if (last) return addDays(ref, -((today - weekday + 7) % 7 || 7));
  if (tense === "past") return addDays(ref, -((today - weekday + 7) % 7));
  if (tense === "future") {
    const ahead = (weekday - today + 7) % 7;
    return ahead === 0 ? null : addDays(ref, ahead);
  }
  return null;
}

/** `iso` (a day) moved by an offset, at the precision the unit allows. */
export function shift(iso: string, n: number, unit: "day" | "week" | "month" | "year"): string | null {
  if (unit === "day") return addDays(iso, n);
  if (unit === "week") return addDays(iso, 7 * n);
  // "two months after March 3" is some day in May: the month is sure unless the day is past the 28th.
  if (unit === "month") return Number(iso.slice(8, 10)) <= 28 ? addMonths(iso, n) : null;
  return addYears(iso, n);
}
