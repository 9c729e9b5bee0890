import type { QuestionInput } from "@/lib/content/schema";
import { questionSchema } from "@/lib/content/schema";
import { analyzeArticle } from "./analyze";
import { SPEECH_VERB } from "./cues";
import { PersonIndex } from "./names";
import { lastPersonBefore } from "./speakers";
import { spanIndexAt } from "./text";
import type { Analysis, Quote, Span } from "./types";

/** What the suggester needs to know about a source besides its text. */
export type SuggestSource = { id: string; outlet: string; genre: "news-report" | "opinion"; body: string; published?: string | null };

const slugify = (s: string) =>
  s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "x";
const shorten = (s: string, words = 14) => {
  const all = s.split(/\s+/);
  return all.length <= words ? s : `${all.slice(0, words).join(" ")}…`;
};

/**
 * Draft questions from an article's analysis, in the kinds the built-in lessons use: who said a
 * quote, what kind of statement a sentence is, where a reported claim came from, and when things
 * happened. Each draft passes the content schema, its distractors come from the same article,
 * and its evidence is a sentence of the source, verbatim. A teacher reviews every one.
 */
export function suggestQuestions(source: SuggestSource, limit = 12): QuestionInput[] {
  const raw = source.body;
  const analysis = analyzeArticle(raw, { published: source.published ? new Date(`${source.published}T12:00:00Z`) : null });
  const people = new PersonIndex(raw);
  for (const q of analysis.quotes) if (q.speaker) people.add(q.speaker);
  const sentenceOf = (span: Span) => {
    const i = spanIndexAt(analysis.sentences, span.start);
    const s = analysis.sentences[i];
    return s ? raw.slice(s.start, Math.max(s.end, Math.min(span.end, raw.length))) : raw.slice(span.start, span.end);
  };
  const drafts = [
    ...speakerQuestions(source, analysis, people, sentenceOf),
    ...statementKindQuestions(source, analysis),
    ...sourcingQuestions(source, analysis),
    ...timelineQuestions(source, analysis),
  ];
  const seen = new Set<string>();
  return drafts
    .filter((d) => {
      if (seen.has(d.id)) return false;
      seen.add(d.id);
      return questionSchema.safeParse(d).success && d.evidence.every((e) => raw.includes(e.quote));
    })
    .slice(0, limit);
}

function speakerQuestions(source: SuggestSource, analysis: Analysis, people: PersonIndex, sentenceOf: (s: Span) => string): QuestionInput[] {
  const raw = source.body;
  const speakers = [...new Set(analysis.quotes.filter((q) => q.speaker && q.kind === "direct").map((q) => q.speaker!))];
  // Outlets that "reported" are sources, not people to offer as a quote's speaker.
  const outlets = new Set(analysis.attributions.flatMap((a) => (a.via ? [a.via] : [a.source])).filter((name) => !speakers.includes(name)));
  const everyone = people.everyone().filter((name) => !outlets.has(name));
  return analysis.quotes
    .filter((q): q is Quote & { speaker: string } => q.kind === "direct" && !!q.speaker && q.text.split(/\s+/).length >= 4 && everyone.includes(q.speaker))
    .map((q) => {
      const nearby = lastPersonBefore({ raw, people, quoted: analysis.quotes.filter((x) => x.kind !== "indirect") }, raw.lastIndexOf("\n", q.start) + 1);
      const wrong: { name: string; misconception: string; feedback: string }[] = [];
      const add = (name: string | null | undefined, misconception: string, feedback: string) => {
        if (name && name !== q.speaker && !wrong.some((w) => w.name === name)) wrong.push({ name, misconception, feedback });
      };
      add(nearby, "Takes the last person named before a quote for its speaker", `${nearby} is named nearby, but the attribution names ${q.speaker}.`);
      for (const other of speakers) add(other, "Guesses the speaker from the topic instead of the attribution", `${other} is quoted elsewhere in the article, not here.`);
      for (const other of everyone) add(other, "Confuses a person mentioned with the person speaking", `${other} is mentioned in the article but does not say these words.`);
      const options = [
        { id: slugify(q.speaker), text: q.speaker, feedback: `Right. ${q.cue ? `The attribution says "${q.cue}" with ${q.speaker}.` : `The article gives these words to ${q.speaker}.`}` },
        ...wrong.slice(0, 3).map((w) => ({ id: slugify(w.name), text: w.name, feedback: w.feedback, misconception: w.misconception })),
      ];
      return {
        id: `said-${slugify(shorten(q.text, 5))}`,
        kind: "speaker",
        skill: "who-said",
        prompt: `Who said "${shorten(q.text)}", according to ${source.outlet}?`,
        options,
        answer: [slugify(q.speaker)],
        explanation: "A quote's speaker is named in its attribution: look for the name and the verb (said, told, wrote) next to the quotation marks, and follow \"he\" or \"she\" back to the person named before.",
        evidence: [{ source: source.id, quote: sentenceOf(q) }],
      } satisfies QuestionInput;
    });
}

function statementKindQuestions(source: SuggestSource, analysis: Analysis): QuestionInput[] {
  const raw = source.body;
  const out: QuestionInput[] = [];
  const opinionated = new Set(analysis.opinion.filter((o) => o.signals.length >= 2).map((o) => o.sentence));
  const covered = (s: Span, kind: Quote["kind"]) => analysis.quotes.some((q) => q.kind === kind && q.start >= s.start && q.end <= s.end + 1);
  const attributed = (s: Span) => analysis.attributions.some((a) => a.start >= s.start && a.end <= s.end) || analysis.quotes.some((q) => q.start < s.end && q.end > s.start);
  const OPTIONS = {
    quote: { id: "quote", text: "A direct quote", feedback: "", misconception: "Takes reported words for a quotation, or a quotation for the outlet's voice" },
    paraphrase: { id: "paraphrase", text: "A paraphrase of what someone said", feedback: "", misconception: "Misses or invents an attribution to a speaker" },
    fact: { id: "fact", text: "The outlet's own factual claim", feedback: "", misconception: "Takes a judgement or a relayed claim for the outlet's own fact" },
    opinion: { id: "opinion", text: "The author's interpretation", feedback: "", misconception: "Treats a checkable statement as opinion, or opinion as fact" },
  };
  const FEEDBACK: Record<keyof typeof OPTIONS, string> = {
    quote: "The words stand between quotation marks and are attributed to a speaker.",
    paraphrase: "Someone's words are reported without quotation marks (\"told senators that …\").",
    fact: "The outlet states it in its own voice, without a source, and it could be checked.",
    opinion: "It judges or interprets (loaded words, certainty, \"we\"), which no source could confirm.",
  };
  const pick = (answer: keyof typeof OPTIONS, s: Span, index: number) => {
    const text = raw.slice(s.start, s.end);
    out.push({
      id: `kind-${answer}-${index + 1}`,
      kind: "statement-kind",
      skill: "statement-kind",
      prompt: `In ${source.outlet}, what kind of statement is this sentence? ${shorten(text, 18)}`,
      options: (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).map((k) =>
        k === answer ? { id: k, text: OPTIONS[k].text, feedback: `Right. ${FEEDBACK[k]}` } : { ...OPTIONS[k], feedback: `Not this: ${FEEDBACK[answer]}` },
      ),
      answer: [answer],
      explanation: FEEDBACK[answer],
      evidence: [{ source: source.id, quote: text }],
    });
  };
  const choose = (test: (s: Span, i: number) => boolean) => analysis.sentences.findIndex((s, i) => s.end - s.start > 40 && test(s, i));
  const quoteAt = choose((s) => analysis.quotes.some((q) => q.kind === "direct" && q.start >= s.start && q.end <= s.end + 1 && (q.end - q.start) * 2 >= s.end - s.start));
  const paraphraseAt = choose((s) => covered(s, "indirect") && !covered(s, "direct"));
  const opinionAt = source.genre === "opinion" ? choose((s, i) => opinionated.has(i) && !attributed(s)) : -1;
  const factAt = choose((s, i) => !attributed(s) && !analysis.opinion.some((o) => o.sentence === i) && !new RegExp(`\\b${SPEECH_VERB}\\b`).test(raw.slice(s.start, s.end)) && /\b(?:is|was|were|are|has|had|met|called|falls|began)\b/.test(raw.slice(s.start, s.end)));
  if (quoteAt >= 0) pick("quote", analysis.sentences[quoteAt]!, quoteAt);
  if (paraphraseAt >= 0) pick("paraphrase", analysis.sentences[paraphraseAt]!, paraphraseAt);
  if (opinionAt >= 0) pick("opinion", analysis.sentences[opinionAt]!, opinionAt);
  if (factAt >= 0) pick("fact", analysis.sentences[factAt]!, factAt);
  return out;
}

function sourcingQuestions(source: SuggestSource, analysis: Analysis): QuestionInput[] {
  const raw = source.body;
  return analysis.attributions
    .filter((a) => a.via || /report/.test(a.cue) || /according/.test(a.cue))
    .map((a, i) => {
      const s = analysis.sentences[spanIndexAt(analysis.sentences, a.start)]!;
      const claim = raw.slice(s.start, s.end);
      const from = a.via ?? a.source;
      const options = [
        { id: "relayed", text: `From ${from}: ${source.outlet} relays it`, feedback: `Right. The sentence says "${raw.slice(a.start, a.end)}".` },
        { id: "own", text: `${source.outlet}'s own reporting`, feedback: `The sentence names where it came from: "${raw.slice(a.start, a.end)}".`, misconception: "Assumes the outlet found out for itself what it relays from elsewhere" },
        { id: "speaker", text: a.via ? `Directly from ${a.source}, as ${source.outlet} heard it` : "From an unnamed official", feedback: a.via ? `${source.outlet} did not hear ${a.source}; it knows through ${a.via}.` : "No official is named as the source here.", misconception: "Skips the intermediary in a chain of sources" },
      ];
      return {
        id: `source-${slugify(from)}-${i + 1}`,
        kind: "sourcing-chain",
        skill: "sourcing",
        prompt: `Where did ${source.outlet} get this: "${shorten(claim, 16)}"?`,
        options,
        answer: ["relayed"],
        explanation: "Attribution phrases (\"Bloomberg reported\", \"according to …\") tell you the report is second-hand: the outlet passes on what another source said.",
        evidence: [{ source: source.id, quote: claim }],
      } satisfies QuestionInput;
    });
}

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const dayText = (iso: string) => longDate.format(new Date(`${iso}T12:00:00Z`));

/**
 * "When did this happen?" with the date blanked out of its sentence. Only dates the text pins to
 * a day are asked about; the distractors are the article's other dates and its publication date.
 */
function timelineQuestions(source: SuggestSource, analysis: Analysis): QuestionInput[] {
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
    out.push({
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
    });
  }
  return out;
}
