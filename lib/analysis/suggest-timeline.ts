import type { QuestionInput } from "@/lib/content/schema";
import { placeKey } from "./suggest-drafts";
import type { SuggestSource } from "./suggest-reading";
import { spanIndexAt } from "./text";
import type { Analysis } from "./types";

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const dayText = (iso: string) => longDate.format(new Date(`${iso}T12:00:00Z`));

/**
 * "When did this happen?" with the date blanked out of its sentence. Only dates the text pins to
 * a day are asked about; the distractors are the article's other dates and its publication date.
 */
export function timelineQuestions(source: SuggestSource, analysis: Analysis): QuestionInput[] {
  const raw = source.body;
  const days = analysis.dates.filter((d) => d.resolved && /^\d{4}-\d{2}-\d{2}$/.test(d.resolved));
  const distinct = [...new Set(days.map((d) => d.resolved!))];
  const out: QuestionInput[] = [];
  for (const d of days) {
    const s = analysis.sentences[spanIndexAt(analysis.sentences, d.start)];
    if (!s || out.some((q) => q.evidence[0]!.quote === raw.slice(s.start, s.end))) continue;
    const others = distinct.filter((iso) => iso !== d.resolved).slice(0, 2);
    if (source.published && source.published !== d.resolved && !others.includes(source.published)) others.push(source.published);
    const wrong = others.map((iso) =>
      iso === source.published
        ? { id: `d-${iso}`, text: dayText(iso), feedback: `That is the day ${source.outlet} published the article, not the day of the event.`, misconception: "Takes the publication date for the date of the event" }
        : { id: `d-${iso}`, text: dayText(iso), feedback: `${dayText(iso)} is another date in the article, not this event's.`, misconception: "Mixes up two dates in the same article" },
    );
    if (wrong.length === 0) continue;
    const sentence = raw.slice(s.start, s.end);
    const blanked = `${raw.slice(s.start, d.start)}___${raw.slice(d.end, s.end)}`;
    out.push(placeKey({
      id: `when-${d.resolved}-${out.length + 1}`,
      kind: "timeline",
      skill: "timeline",
      prompt: `According to ${source.outlet}, when did this happen? ${blanked}`,
      options: [{ id: `d-${d.resolved}`, text: dayText(d.resolved!), feedback: `Right. The article says "${d.text}".` }, ...wrong],
      answer: [`d-${d.resolved}`],
      explanation: /yesterday|today|tomorrow|weekend|ago|last|next/i.test(d.text)
        ? `"${d.text}" counts from the day the article was published (${source.published ? dayText(source.published) : "its date line"}).`
        : `The date is written in the sentence: "${d.text}".`,
      evidence: [{ source: source.id, quote: sentence }],
    }));
  }
  return out;
}
