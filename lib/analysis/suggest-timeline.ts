import type { QuestionInput } from "@/lib/content/schema";
import { isDay, shift, tenseAt } from "./dates-calendar";
import { placeKey } from "./suggest-drafts";
import type { SuggestSource } from "./suggest-reading";
import { spanIndexAt } from "./text";
import type { Analysis, DateMention } from "./types";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const dayText = (iso: string) => longDate.format(new Date(`${iso}T12:00:00Z`));
const weekday = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "UTC" });
const MAX_DISTRACTORS = 3;
const UNIT_WORDS = {
  day: ["day", "days"],
  week: ["week", "weeks"],
  month: ["month", "months"],
  year: ["year", "years"],
} as const;

type Option = { iso: string; feedback: string; misconception: string };

/**
 * "When did this happen?" with the date blanked out of its sentence, asked only about a past
 * event the text pins to one day: a date written out, deictic words counted from the publication
 * date, or a date counted from an anchor the text dates (an earlier date in the sentence, an event,
 * the day quoted words were said). A week, a weekend or a date counted from an undated event is
 * never keyed. The explanation names what the date counts from; the distractors are the slips a
 * reader makes (the publication date, the anchor's own date, counting the wrong way or from the
 * publication date) and the article's other days, never the key and, the event being past, never
 * after the publication date.
 */
export function timelineQuestions(source: SuggestSource, analysis: Analysis): QuestionInput[] {
  const raw = source.body;
  const published = isDay(source.published) ? source.published : null;
  const days = analysis.dates.filter((d) => isDay(d.resolved) && d.precision === "day");
  const sentenceOf = (at: number) => analysis.sentences[spanIndexAt(analysis.sentences, at)];
  const out: QuestionInput[] = [];
  for (const d of days) {
    const key = d.resolved!;
    const s = sentenceOf(d.start);
    if (!s || d.end > s.end) continue;
    // A dateline ("WASHINGTON, Sept. 22 (AP) —", "FLINT, Mich., Oct. 4 (UPI) —") dates the filing, not the event the sentence tells.
    const line = raw.slice(raw.lastIndexOf("\n", d.start - 1) + 1, d.start);
    if (
      /^\s*\p{Lu}[\p{Lu}\s.,’'-]*(?:,\s*\p{Lu}[\p{L}.]{1,5})?,?\s*$/u.test(line) &&
      /^[^.!?\n]{0,30}?(?:—|–|--|\s-\s)/u.test(raw.slice(d.end, d.end + 40))
    )
      continue;
    const sentence = raw.slice(s.start, s.end);
    // One question a sentence, and one a day: "comments Tuesday" after "on Tuesday, Clinton said" asks it again.
    if (out.some((q) => q.evidence[0]!.quote === sentence || q.answer[0] === `d-${key}`)) continue;
    // "Monday night's debate", "the remarks on Saturday": the day names another event than the sentence's
    // own (Moore called the remarks a wake-up call when?), and a day named so may lie ahead.
    if (DAY_OF_A_THING.test(raw.slice(d.end, d.end + 20)) || AFTER_EVENT_NOUN.test(raw.slice(s.start, d.start)))
      continue;
    // "When did this happen?" is for the past: told in the past tense, on or before the publication date.
    if (tenseAt(sentence, d.start - s.start) !== "past" || (published && key > published)) continue;
    const anchor = anchorOf(d, analysis.dates);
    if (anchor === undefined) continue;
    const wrong = distractors(d, anchor, days, published, source.outlet).filter(
      (o) => !published || o.iso <= published,
    );
    if (wrong.length === 0) continue;
    const evidence = [{ source: source.id, quote: sentence }];
    const anchorSentence = anchor.mention ? sentenceOf(anchor.mention.start) : undefined;
    if (anchorSentence && anchorSentence !== s) {
      const quote = raw.slice(anchorSentence.start, anchorSentence.end);
      if (raw.indexOf(quote) === raw.lastIndexOf(quote)) evidence.push({ source: source.id, quote });
    }
    out.push(
      placeKey({
        id: `when-${key}-${out.length + 1}`,
        kind: "timeline",
        skill: "timeline",
        prompt: `According to ${source.outlet}, when did this happen? ${raw.slice(s.start, d.start)}___${raw.slice(d.end, s.end)}`,
        options: [
          { id: `d-${key}`, text: dayText(key), feedback: `Right. The article says "${d.text}".` },
          ...wrong.map((o) => ({
            id: `d-${o.iso}`,
            text: dayText(o.iso),
            feedback: o.feedback,
            misconception: o.misconception,
          })),
        ],
        answer: [`d-${key}`],
        explanation: explain(
          d,
          anchor,
          published,
          anchorSentence && anchorSentence !== s ? raw.slice(anchorSentence.start, anchorSentence.end) : undefined,
        ),
        evidence,
      }),
    );
  }
  return out;
}

const DAY_OF_A_THING = /^(?:\s+(?:night|morning|afternoon|evening))?['’]s\b/u;
// (Not "said in an interview on Tuesday": there the event is where the saying happened.)
const AFTER_EVENT_NOUN =
  /(?<!\b(?:in|at|during)\s+(?:a|an|the|his|her|their)\s+(?:\S+\s+)?)\b(?:remarks|comments|speech|statement|interview|debate|meeting|rally|vote|visit|appearance|announcement|testimony|hearing|session|call|tweet|post)\s+(?:on\s+|last\s+|this\s+)?$/u;

/** The dated mention a relative date counts from (none for a date written out); undefined when the text does not date it. */
type Anchor = { mention: DateMention | null; iso: string | null };

function anchorOf(d: DateMention, dates: DateMention[]): Anchor | undefined {
  const a = d.anchor;
  if (a === null || a.kind === "published") return { mention: null, iso: null };
  if (!a.date) return undefined;
  const mention = dates.find((m) => m.start === a.date!.start && m.end === a.date!.end);
  return mention && isDay(mention.resolved) ? { mention, iso: mention.resolved } : undefined;
}

const distance = (n: number, unit: keyof typeof UNIT_WORDS) =>
  `${Math.abs(n)} ${UNIT_WORDS[unit][Math.abs(n) === 1 ? 0 : 1]}`;

function distractors(
  d: DateMention,
  anchor: Anchor,
  days: DateMention[],
  published: string | null,
  outlet: string,
): Option[] {
  const key = d.resolved!;
  const a = d.anchor;
  const said = `"${d.text}"`;
  const options: Option[] = [];
  const add = (iso: string | null, misconception: string, feedback: string) => {
    if (iso && isDay(iso) && iso !== key && !options.some((o) => o.iso === iso))
      options.push({ iso, misconception, feedback });
  };
  if (published) {
    add(
      published,
      "Takes the publication date for the date of the event",
      `That is the day ${outlet} published the article, not the day of the event.`,
    );
  }
  if (a && a.kind !== "published" && anchor.iso) {
    const what =
      a.kind === "event" ? a.event.text : a.kind === "statement" ? "the day the words were said" : `"${a.date!.text}"`;
    add(
      anchor.iso,
      a.kind === "statement"
        ? "Takes the day words were said for the day they speak of"
        : "Takes the date the sentence counts from for the date of the event",
      `${dayText(anchor.iso)} is the date of ${what}; the event is ${said} from it.`,
    );
    if (d.offset && d.offset.n !== 0 && (d.offset.unit === "day" || d.offset.unit === "week")) {
      const { n, unit } = d.offset;
      add(
        shift(anchor.iso, -n, unit),
        "Counts the wrong way from the date the sentence counts from",
        `That is ${distance(n, unit)} ${n < 0 ? "after" : "before"} ${what}; the article says ${said}.`,
      );
      if (published && a.kind !== "statement") {
        add(
          shift(published, n, unit),
          "Counts from the publication date instead of from the date the sentence gives",
          `That counts ${said} from the publication date; the sentence counts from ${what}.`,
        );
      }
    }
  }
  if (a?.kind === "published" && !d.offset && /day\b/i.test(d.text)) {
    add(
      shift(key, -7, "day"),
      "Takes a weekday for the same weekday a week earlier",
      `That is a week too early: ${said} is the last ${weekday.format(new Date(`${key}T12:00:00Z`))} on or before the day the article was published.`,
    );
  }
  const seen = new Set<string>();
  for (const m of days) {
    if (seen.has(m.resolved!)) continue;
    seen.add(m.resolved!);
    add(
      m.resolved,
      "Mixes up two dates in the same article",
      `${dayText(m.resolved!)} is another date in the article ("${m.text}"), not this event's.`,
    );
  }
  return options.slice(0, MAX_DISTRACTORS);
}

function explain(d: DateMention, anchor: Anchor, published: string | null, anchorSentence: string | undefined): string {
  const a = d.anchor;
  const said = `"${d.text}"`;
  if (a === null) {
    if (/\b\d{4}\b/.test(d.text) || !published) return `The date is written in the sentence: ${said}.`;
    return `The date is written in the sentence: ${said}. The year is not written; the article's date (${dayText(published)}) gives it.`;
  }
  if (a.kind === "published") {
    return `${said} counts from the day the article was published (${published ? dayText(published) : "the date at the top of the page"}).`;
  }
  const iso = dayText(anchor.iso!);
  const where = anchorSentence ? ` The article gives it here: "${anchorSentence}"` : "";
  if (a.kind === "statement") {
    const not = anchor.iso === published ? "" : ", not from the publication date";
    return `${said} is in quoted words, so it counts from the day they were said, ${iso} ("${a.date!.text}")${not}.${where}`;
  }
  if (a.kind === "date")
    return `${said} counts from ${iso}, the date given earlier in the sentence ("${a.date!.text}"), not from the publication date.`;
  return `${said} counts from ${a.event.text}, which the article dates to ${iso} ("${a.date!.text}"), not from the publication date.${where}`;
}
