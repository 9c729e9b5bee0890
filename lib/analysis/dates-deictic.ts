import type { ParsedResult } from "chrono-node";
import { addDays, addMonths, addYears, countOf, HEDGE, shift, tenseAt, weekdayFrom, WEEKDAYS } from "./dates-calendar";
import type { DateOffset, DatePrecision } from "./types";

export type Reading = { resolved: string | null; precision: DatePrecision | null; offset?: DateOffset };

const VAGUE = /^(?:a )?(?:few|several|some|many|couple of)$/;
const UNITS = {
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
} as const;

/**
 * How an expression chrono found reads when it counts from the speaker's "now" (`ref`, a day:
 * the publication date, or the day quoted words were said; null when the text does not give it).
 * `undefined`: not deictic (a written date, for the caller); "drop": not a date at all ("for three
 * days", "on Mondays", "at 3 p.m."). A week or a weekend is never resolved to one day. `sentence`
 * is the mention's sentence and its offset there (a bare weekday goes by the tense of its clause).
 */
export function readDeictic(
  r: ParsedResult,
  text: string,
  before: string,
  sentence: { text: string; at: number },
  ref: string | null,
): Reading | "drop" | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  const hedged = HEDGE.test(before);

  const counted = /^(for |in |within |past |the past )?(.+?) (days?|weeks?|months?|years?)( ago)?$/.exec(t);
  if (counted && (countOf(counted[2]!) !== null || VAGUE.test(counted[2]!))) {
    const [, lead = "", amount, unitWord, ago] = counted;
    const unit = UNITS[unitWord as keyof typeof UNITS];
    const count = countOf(amount!);
    if (/^(?:for|within)/.test(lead) || (!ago && lead !== "in ")) {
      if (/past/.test(lead)) return { resolved: null, precision: count === 1 ? unit : null };
      return "drop";
    }
    if (count === null || hedged) return { resolved: null, precision: null };
    const n = ago ? -count : count;
    const offset: DateOffset = { n, unit };
    if (unit === "day" || unit === "week") return { resolved: ref && shift(ref, n, unit), precision: "day", offset };
    if (unit === "month") return { resolved: ref && addMonths(ref, n), precision: "month", offset };
    return { resolved: ref && addYears(ref, n), precision: "year", offset };
  }

  const day = /^(yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|earlier today)\b/.exec(
    t,
  );
  if (day) {
    const n = /yesterday|last night/.test(day[1]!) ? -1 : day[1] === "tomorrow" ? 1 : 0;
    return { resolved: ref && addDays(ref, n), precision: "day", offset: { n, unit: "day" } };
  }
  if (/\bweekends?\b/.test(t)) return { resolved: null, precision: "weekend" };
  if (/\bweeks?\b/.test(t)) return { resolved: null, precision: "week" };

  const unit = /^(this|last|next|past) (month|year)$/.exec(t);
  if (unit) {
    if (unit[1] === "past") return { resolved: null, precision: null }; // the last 30 or 365 days, not a calendar month or year
    const n = unit[1] === "last" ? -1 : unit[1] === "next" ? 1 : 0;
    const offset: DateOffset = { n, unit: unit[2] as "month" | "year" };
    return unit[2] === "month"
      ? { resolved: ref && addMonths(ref, n), precision: "month", offset }
      : { resolved: ref && addYears(ref, n), precision: "year", offset };
  }

  if (r.start.isCertain("month") || r.start.isCertain("year")) return undefined;

  const weekday = /\b(sun|mon|tues|wednes|thurs|fri|satur)days?\b/.exec(t);
  if (weekday) {
    if (/days\b/.test(weekday[0])) return "drop"; // "on Mondays": a habit, not a day
    const index = WEEKDAYS.findIndex((w) => w.startsWith(weekday[1]!));
    if (/\bnext\b/.test(t) || /\bnext\s+$/i.test(before)) return { resolved: null, precision: "day" }; // this coming one, or the one after?
    const last = /\blast\b/.test(t) || /\blast\s+$/i.test(before);
    return { resolved: ref && weekdayFrom(ref, index, tenseAt(sentence.text, sentence.at), last), precision: "day" };
  }

  if (/^(?:at )?(?:morning|afternoon|evening|night|noon|midnight)$/.test(t) || r.start.isCertain("hour")) return "drop";
  return { resolved: null, precision: null };
}
