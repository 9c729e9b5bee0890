import type { QuestionInput } from "@/lib/content/schema";
import { FACTORS, blocked, lower, sure, type Check } from "./suggest-confidence";
import type { SourceReading } from "./suggest-reading";
import type { DateMention } from "./types";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const dayText = (iso: string) => longDate.format(new Date(`${iso}T12:00:00Z`));

/** Words that count from the day of writing, when the analysis does not say what a date counts from. */
const DEICTIC =
  /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** "two days after", "a week before": counted from something the words do not name. */
const COUNTED_FROM =
  /\b(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|later|earlier)\s*$|\bthe\s+(?:day|week|month)\s+(?:after|before)\b/i;
const STRETCH = /\b(?:week|weekend|month|year|recently|lately|days)\b/i;

/** The date mention a timeline draft blanked out: the one in its evidence sentence that resolves to its key. */
function mentionOf(reading: SourceReading, q: QuestionInput): DateMention | null {
  const body = reading.source.body;
  const sentence = q.evidence[0]?.quote;
  const iso = q.answer[0]?.replace(/^d-/, "");
  if (!sentence || !iso) return null;
  const at = body.indexOf(sentence);
  return (
    reading.analysis.dates.find((d) => d.resolved === iso && d.start >= at && d.end <= at + sentence.length) ?? null
  );
}

/**
 * How sure a "When did this happen?" key is. A date written out is sure. A date counted from the
 * publication date ("on Wednesday") is a little less, and less again when no publication date was
 * given; one counted from another date or from the day words were said needs checking; a day
 * keyed from a week or from an event the text does not date ("two days after the election")
 * is blocked.
 */
export function dateCheck(reading: SourceReading, q: QuestionInput): Check {
  const d = mentionOf(reading, q);
  if (!d) return sure();
  const quoted = `"${d.text}"`;
  if (d.precision && d.precision !== "day") return blocked(`${quoted} names a ${d.precision}, not a day`);
  const published = reading.source.published;
  const fromPublication = (check: Check) =>
    published
      ? lower(
          check,
          FACTORS.relativeDate,
          `the date is relative: ${quoted} counts from the publication date (${dayText(published)})`,
        )
      : lower(
          lower(check, FACTORS.relativeDate, `the date is relative: ${quoted}`),
          FACTORS.guessedAnchor,
          `no publication date was given: ${quoted} counts from a date found at the top of the page`,
        );
  const anchor = d.anchor;
  if (anchor === undefined || anchor === null) {
    // An analysis that does not say: judge by the words.
    if (COUNTED_FROM.test(d.text)) return blocked(`${quoted} counts from an event, not from the publication date`);
    if (
      STRETCH.test(d.text) &&
      !/\b(?:yesterday|today|tomorrow|\w+day)\b/i.test(d.text.replace(/\b(?:week|month|year)\w*/gi, ""))
    )
      return blocked(`${quoted} names a stretch of time, not a day`);
    return anchor === null || !DEICTIC.test(d.text) ? sure() : fromPublication(sure());
  }
  switch (anchor.kind) {
    case "published":
      return fromPublication(sure());
    case "date":
      return anchor.date
        ? lower(sure(), FACTORS.countedFromDate, `the date is relative: ${quoted} counts from "${anchor.date.text}"`)
        : blocked(`${quoted} counts from a date the sentence does not give`);
    case "event":
      return anchor.date
        ? lower(
            sure(),
            FACTORS.countedFromEvent,
            `the date is relative: ${quoted} counts from ${anchor.event.text} (${anchor.date.text})`,
          )
        : blocked(`${quoted} counts from ${anchor.event.text}, which the sentence does not date`);
    case "statement":
      return anchor.date
        ? lower(
            sure(),
            FACTORS.countedFromDate,
            `the date is relative: ${quoted} counts from the day the words were said (${anchor.date.text})`,
          )
        : blocked(`${quoted} is in quoted words and counts from the day they were said, which the text does not give`);
  }
}
