import * as chrono from "chrono-node";
import type { DateMention } from "./types";

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

/**
 * Dates the text names, absolute and relative, by chrono-node. Relative ones ("yesterday",
 * "in October", "on Nov. 23") resolve against the publication date; a day or month given without
 * a year is taken in the publication's year unless that puts it more than two months ahead (news
 * mostly reports the past: "back in March" in a November paper is the March before).
 */
export function findDates(raw: string, published: Date | null): DateMention[] {
  const ref = published ?? new Date();
  const out: DateMention[] = [];
  for (const r of chrono.en.casual.parse(raw, { instant: ref, timezone: 0 })) {
    const text = r.text.replace(/[\s,]+$/, "");
    if (/\b(?:minute|minutes|second|seconds|hour|hours|moment)\b/i.test(text) && !/\bago\b/i.test(text)) continue;
    if (/^(?:now|today's|tonight)$/i.test(text) || /^\d{1,2}(?::\d\d)?$/.test(text)) continue;
    if (/^(?:may|march|sun|sat|wed)$/i.test(text) && !/\b(?:in|on|since|by|until|from|of|last|next|this|early|late|mid)\s+$/i.test(raw.slice(Math.max(0, r.index - 12), r.index))) continue;
    out.push({ text, start: r.index, end: r.index + text.length, resolved: published || /\b\d{4}\b/.test(text) ? resolve(r, ref, text) : null });
  }
  const years = /\b(?:in|since|by|until|from|of|early|late|mid-?)\s+((?:19|20)\d\d)\b/g;
  for (let m = years.exec(raw); m; m = years.exec(raw)) {
    const start = m.index + m[0].length - 4;
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    out.push({ text: m[1]!, start, end: start + 4, resolved: m[1]! });
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolve(r: chrono.ParsedResult, ref: Date, text: string): string | null {
  const c = r.start;
  if (/weekend/i.test(text)) {
    // "this weekend" in a Monday-to-Wednesday paper is the one just past.
    const day = ref.getUTCDay();
    const saturday = new Date(ref.getTime() + ((6 - day + 7) % 7) * DAY_MS);
    if (day >= 1 && day <= 3) saturday.setTime(saturday.getTime() - 7 * DAY_MS);
    return `${saturday.getUTCFullYear()}-${pad(saturday.getUTCMonth() + 1)}-${pad(saturday.getUTCDate())}`;
  }
  let year = c.get("year")!;
  const month = c.get("month")!;
  const day = c.get("day")!;
  const relative = !c.isCertain("month") && !c.isCertain("day") && !c.isCertain("weekday");
  if (relative && !/yesterday|tomorrow|today|ago|last|next/i.test(text)) return null;
  if (!c.isCertain("year") && c.isCertain("month")) {
    const candidate = Date.UTC(year, month - 1, c.isCertain("day") ? day : 1);
    if (candidate - ref.getTime() > 60 * DAY_MS) year -= 1;
    else if (ref.getTime() - candidate > 358 * DAY_MS) year += 1;
  }
  if (c.isCertain("day") || c.isCertain("weekday") || /yesterday|tomorrow|today|ago/i.test(text)) return `${year}-${pad(month)}-${pad(day)}`;
  if (c.isCertain("month")) return `${year}-${pad(month)}`;
  if (c.isCertain("year")) return String(year);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The publication date the page states near its top, when no --date is given. */
export function guessPublished(raw: string): Date | null {
  const head = raw.slice(0, 600);
  const iso = /\b(20\d\d)-(\d\d)-(\d\d)\b/.exec(head);
  if (iso) return new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!, 12));
  for (const r of chrono.en.strict.parse(head)) {
    if (r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day")) {
      return new Date(Date.UTC(r.start.get("year")!, r.start.get("month")! - 1, r.start.get("day")!, 12));
    }
  }
  return null;
}
