import * as chrono from "chrono-node";
import { type Counted, datedEvent, findCounted } from "./dates-anchor";
import { isDay, isoOf, shift } from "./dates-calendar";
import { readDeictic } from "./dates-deictic";
import { findMarkedQuotes } from "./quote-marks";
import { paragraphs, sentences, spanIndexAt } from "./text";
import type { DateAnchor, DateMention, DateOffset, DatePrecision, DateRef, Span } from "./types";

const pad = (n: number) => String(n).padStart(2, "0");
const DAY_MS = 86_400_000;

/**
 * Dates the text names, each resolved against what it counts from (see "Dates" in
 * docs/analysis.md): a written date stands on its own (a day or month without a year takes the
 * publication's year unless that puts it more than two months ahead); deictic words ("yesterday",
 * "on Tuesday", "three days ago") count from the publication date, or inside quoted words from the
 * day they were said; "two days later" from the one date earlier in its sentence; "11 days before
 * the election" from the day the text gives that event, in that sentence or an earlier one. What
 * the text does not fix stays `null`, and a week or a weekend is never resolved to one day.
 */
export function findDates(raw: string, published: Date | null, sents: Span[] = sentences(raw)): DateMention[] {
  const ref = published ?? new Date();
  const pub = published ? isoOf(published) : null;
  const counted = findCounted(raw, sents);
  const quoted = quotedSpans(raw);
  const inQuote = (at: number) => quoted.some((q) => at >= q.start && at < q.end);
  const sentenceAt = (at: number) => {
    const s = sents[spanIndexAt(sents, at)] ?? { start: Math.max(0, at - 200), end: at + 200 };
    return { text: raw.slice(s.start, s.end), at: at - s.start };
  };
  const out: DateMention[] = [];
  const spoken: { mention: DateMention; r: chrono.ParsedResult }[] = [];

  const read = (r: chrono.ParsedResult, base: number) => {
    const index = base + r.index;
    const text = r.text.replace(/[\s,]+$/, "");
    const end = index + text.length;
    // "two days after Nov. 8" is one result to chrono: the counted part is ours, the date is read on its own.
    const c = counted.find((k) => index < k.end && k.start < end);
    if (c) {
      if (end > c.end) for (const tail of parse(raw.slice(c.end, end), ref)) read(tail, c.end);
      return;
    }
    // "night. Next month": chrono reads across a sentence end; read what follows it on its own.
    const cut = /[.!?]\s+(?=\p{Lu})/u.exec(text);
    if (cut) {
      for (const tail of parse(text.slice(cut.index + cut[0].length), ref))
        read(tail, index + cut.index + cut[0].length);
      return;
    }
    const before = raw.slice(Math.max(0, index - 24), index);
    if (notADate(r, text, before)) return;
    const quote = inQuote(index);
    const reading = readDeictic(r, text, before, sentenceAt(index), quote ? null : pub);
    if (reading === "drop") return;
    const mention: DateMention = reading
      ? {
          text,
          start: index,
          end,
          resolved: reading.resolved,
          precision: reading.precision,
          anchor: quote ? { kind: "statement", date: null } : { kind: "published" },
          ...(reading.offset && { offset: reading.offset }),
        }
      : { text, start: index, end, ...written(r, ref, published !== null || /\b\d{4}\b/.test(text)), anchor: null };
    out.push(mention);
    if (reading && quote) spoken.push({ mention, r });
  };
  for (const r of parse(raw, ref)) read(r, 0);

  const years = /\b(?:in|since|by|until|from|of|early|late|mid-?)\s+((?:19|20)\d\d)\b/gi;
  for (let m = years.exec(raw); m; m = years.exec(raw)) {
    const start = m.index + m[0].length - 4;
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    out.push({ text: m[1]!, start, end: start + 4, resolved: m[1]!, precision: "year", anchor: null });
  }

  // Quoted words count from the day they were said: a date in the attribution ("she said on
  // Sunday") or after the statement ("(November 24, 2025)"); without one, they stay unresolved.
  for (const { mention, r } of spoken) {
    const said = statementDate(raw, sents, out, mention, inQuote);
    if (!said) continue;
    const reading = readDeictic(
      r,
      mention.text,
      raw.slice(Math.max(0, mention.start - 24), mention.start),
      sentenceAt(mention.start),
      said.resolved,
    );
    if (reading && reading !== "drop")
      Object.assign(mention, { resolved: reading.resolved, anchor: { kind: "statement", date: ref_(said) } });
  }

  // Dates counted from an event or an earlier date, against dates resolved above (never another counted date).
  const known = out.filter((d) => d.resolved !== null);
  for (const c of counted) out.push(countedMention(raw, sents, c, known));
  return out.sort((a, b) => a.start - b.start);
}

const parse = (text: string, ref: Date) => chrono.en.casual.parse(text, { instant: ref, timezone: 0 });
const ref_ = (d: DateMention): DateRef => ({ start: d.start, end: d.end, text: d.text });

/** Whether a count in `unit` can start from `d`: any count from a day, months or years from a month, years from a year. */
const fits = (d: DateMention, unit: DateOffset["unit"]) =>
  d.precision === "day" ||
  (d.precision === "month" && (unit === "month" || unit === "year")) ||
  (d.precision === "year" && unit === "year");

function countedMention(raw: string, sents: Span[], c: Counted, known: DateMention[]): DateMention {
  const { n, unit } = c.offset;
  const precision: DatePrecision = c.whole ? unit : unit === "week" ? "day" : unit;
  const days = known.filter((d) => isDay(d.resolved) && d.precision === "day");
  let anchor: DateAnchor;
  let from: DateMention | null = null;
  if (c.object) {
    const phrase = c.object;
    const inside = known.filter((d) => d.start >= phrase.start && d.end <= phrase.end);
    if (inside.length > 0) {
      // "two days after Nov. 8" counts from a date; "11 days before the Nov. 8 election" from an event the phrase dates.
      const rest = inside.reduce((t, d) => t.replace(d.text, " "), phrase.text);
      const event = /\p{L}{3,}/u.test(rest.replace(/\b(?:the|on|of|in|a|an)\b/gi, " "));
      from = inside.length === 1 && fits(inside[0]!, unit) ? inside[0]! : null;
      anchor = event
        ? { kind: "event", event: phrase, date: from && ref_(from) }
        : { kind: "date", date: from && ref_(from) };
    } else {
      from = datedEvent(raw, sents, c.sentence, phrase, days);
      anchor = { kind: "event", event: phrase, date: from && ref_(from) };
    }
  } else {
    // "two days later": from the one date before it in the sentence; two different ones, or none, leave it open.
    const s = sents[c.sentence]!;
    const earlier = known.filter((d) => d.start >= s.start && d.end <= c.start);
    const distinct = new Set(earlier.map((d) => d.resolved));
    from = distinct.size === 1 && fits(earlier[0]!, unit) ? earlier[earlier.length - 1]! : null;
    anchor = { kind: "date", date: from && ref_(from) };
  }
  const resolved = from && n !== null && !c.whole ? shift(from.resolved!, n, unit) : null;
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    resolved,
    precision: n === null ? null : precision,
    anchor,
    ...(n !== null && { offset: { n, unit } }),
  };
}

/** What chrono finds that is not a date to resolve: times, durations, names, stray words. */
function notADate(r: chrono.ParsedResult, text: string, before: string): boolean {
  if (/\b(?:minute|minutes|second|seconds|hour|hours|moment)\b/i.test(text) && !/\bago\b/i.test(text)) return true;
  // A count from something that findCounted set aside ("served for two years before the war").
  if (
    /\b(?:days?|weeks?|months?|years?)\s+(?:before|after|later|earlier|prior\s+to|ahead\s+of|following|afterwards?)$/i.test(
      text,
    )
  )
    return true;
  if (/^(?:now|today's|tonight)$/i.test(text) || /^\d{1,2}(?::\d\d)?$/.test(text)) return true;
  // "after eight years", "within a decade": a span of time, not a date.
  if (
    /^(?:after|before|within|for|over|during)\b/i.test(text) &&
    !r.start.isCertain("month") &&
    !/\b\d{4}\b/.test(text)
  )
    return true;
  // "the BBC's Today programme", "told USA TODAY's series": a name, not a day.
  if ((text === "Today" && /[\p{L}\p{N},’']\s*$/u.test(before)) || /^TODAY(?:['’]S)?$/.test(text)) return true;
  if (
    /^(?:may|march|sun|sat|wed)$/i.test(text) &&
    !/\b(?:in|on|since|by|until|from|of|last|next|this|early|late|mid)\s+$/i.test(before)
  )
    return true;
  // "on March 3, a Tuesday": the weekday restates the date before it.
  return r.start.isCertain("weekday") && !r.start.isCertain("day") && /\d,?\s+(?:a\s+|\()?$/.test(before);
}

/** Stretches of quoted speech: between quotation marks, and after a "Name:" label that opens a paragraph. */
function quotedSpans(raw: string): Span[] {
  const paras = paragraphs(raw);
  const out: Span[] = findMarkedQuotes(raw, paras).map((q) => ({ start: q.start, end: q.end }));
  for (const p of paras) {
    const label = /^\p{Lu}[\p{L}.’' -]{0,40}:\s+(?=\S)/u.exec(raw.slice(p.start, p.end));
    if (label) out.push({ start: p.start + label[0].length, end: p.end });
  }
  return out;
}

/** The day quoted words were said, when the text gives one: in the attribution of the sentence, or in parentheses closing the paragraph. */
function statementDate(
  raw: string,
  sents: Span[],
  all: DateMention[],
  m: DateMention,
  inQuote: (at: number) => boolean,
): DateMention | null {
  const dayOk = (d: DateMention) =>
    d !== m && isDay(d.resolved) && d.precision === "day" && d.anchor?.kind !== "statement";
  const s = sents[spanIndexAt(sents, m.start)];
  if (s) {
    const attribution = all.filter((d) => dayOk(d) && d.start >= s.start && d.end <= s.end && !inQuote(d.start));
    if (new Set(attribution.map((d) => d.resolved)).size === 1) return attribution[0]!;
  }
  const para = paragraphs(raw).find((p) => m.start >= p.start && m.start < p.end);
  const closing = para && /\(([^()]{4,40})\)\s*$/.exec(raw.slice(para.start, para.end));
  if (!para || !closing) return null;
  const from = para.start + closing.index;
  return all.find((d) => dayOk(d) && d.anchor === null && d.start > from && d.end <= para.end) ?? null;
}

/** A written date: a day, a month or a year, the year taken from the publication when the text leaves it out. */
function written(
  r: chrono.ParsedResult,
  ref: Date,
  known: boolean,
): { resolved: string | null; precision: DatePrecision | null } {
  const c = r.start;
  let year = c.get("year")!;
  const month = c.get("month")!;
  const day = c.get("day")!;
  if (!c.isCertain("year") && c.isCertain("month")) {
    const candidate = Date.UTC(year, month - 1, c.isCertain("day") ? day : 1);
    if (candidate - ref.getTime() > 60 * DAY_MS) year -= 1;
    else if (ref.getTime() - candidate > 358 * DAY_MS) year += 1;
  }
  const precision: DatePrecision | null =
    c.isCertain("month") && c.isCertain("day")
      ? "day"
      : c.isCertain("month")
        ? "month"
        : c.isCertain("year")
          ? "year"
          : null;
  if (!known || precision === null) return { resolved: null, precision };
  const resolved =
    precision === "day"
      ? `${year}-${pad(month)}-${pad(day)}`
      : precision === "month"
        ? `${year}-${pad(month)}`
        : String(year);
  return { resolved, precision };
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
