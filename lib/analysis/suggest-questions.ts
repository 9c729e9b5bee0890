import type { QuestionInput } from "@/lib/content/schema";
import { SPEECH_VERB } from "./cues";
import type { PersonIndex } from "./names";
import { lastPersonBefore } from "./speakers";
import { compareCoverageQuestions } from "./suggest-compare-coverage";
import { idPrefixes, joinId, keepValid, pickBalanced, placeKey, shorten, slugify } from "./suggest-drafts";
import { suggestHighlights } from "./suggest-highlight";
import { outletAttributionQuestions } from "./suggest-outlet-attribution";
import { readSource, type SourceReading, type SuggestSource } from "./suggest-reading";
import { timelineQuestions } from "./suggest-timeline";
import { spanIndexAt } from "./text";
import type { Analysis, Quote, Span } from "./types";

export type { SuggestSource } from "./suggest-reading";

/**
 * Draft questions from an article's analysis, in the kinds the built-in lessons use: who said a
 * quote, what kind of statement a sentence is, where a reported claim came from, and when things
 * happened. Each draft passes the content schema, its distractors come from the same article,
 * and its evidence is a sentence of the source, verbatim. A teacher reviews every one.
 */
export function suggestQuestions(source: SuggestSource, limit = 12): QuestionInput[] {
  return suggestQuestionsFor(readSource(source), limit);
}

/** The same drafts from a source already read, so a lesson analyses each source once. */
export function suggestQuestionsFor(reading: SourceReading, limit = 12): QuestionInput[] {
  const { source, analysis, people } = reading;
  const raw = source.body;
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
  return keepValid(drafts, new Map([[source.id, raw]])).slice(0, limit);
}

/** Enough per-source drafts that the balancing, not this cut, decides what a lesson gets. */
const PER_SOURCE_DRAFTS = 50;

/**
 * Draft questions for a lesson on one or more sources: each source's own questions and
 * highlight items, and, across sources, which outlet says what and how their coverage differs.
 * Ids are unique within the lesson (per-source ones carry a prefix from the source id when there
 * are several sources); every draft passes the content schema with its evidence found verbatim.
 */
export function suggestLessonQuestions(sources: SuggestSource[], limit = 20): QuestionInput[] {
  const readings = sources.map(readSource);
  const several = readings.length > 1;
  const prefixes = idPrefixes(sources.map((s) => s.id));
  const perSource = readings.flatMap((r, i) =>
    [...suggestQuestionsFor(r, PER_SOURCE_DRAFTS), ...suggestHighlights(r)].map((q) => (several ? { ...q, id: joinId(prefixes[i]!, q.id) } : q)),
  );
  const pairs = readings.flatMap((a, i) => readings.slice(i + 1).map((b, j) => ({ a, b, tag: readings.length > 2 ? joinId(prefixes[i]!, prefixes[i + 1 + j]!) : "" })));
  const across = several ? [...outletAttributionQuestions(readings), ...pairs.flatMap(compareCoverageQuestions)] : [];
  const bodies = new Map(sources.map((s) => [s.id, s.body]));
  return pickBalanced(keepValid([...perSource, ...across], bodies), limit);
}

function speakerQuestions(source: SuggestSource, analysis: Analysis, people: PersonIndex, sentenceOf: (s: Span) => string): QuestionInput[] {
  const raw = source.body;
  const speakers = [...new Set(analysis.quotes.filter((q) => q.speaker && q.kind === "direct").map((q) => q.speaker!))];
  // Outlets that "reported" are sources, not people to offer as a quote's speaker.
  const outlets = new Set(analysis.attributions.flatMap((a) => (a.via ? [a.via] : [a.source])).filter((name) => !speakers.includes(name)));
  const everyone = people.everyone().filter((name) => !outlets.has(name));
  return analysis.quotes
    // A speaker known only as "Sarah" when two Sarahs are named: no option could be shown right.
    .filter((q): q is Quote & { speaker: string } => q.kind === "direct" && !!q.speaker && q.text.split(/\s+/).length >= 4 && everyone.includes(q.speaker) && !people.isBareFirstName(q.speaker))
    .map((q) => {
      const nearby = lastPersonBefore({ raw, people, quoted: analysis.quotes.filter((x) => x.kind !== "indirect") }, raw.lastIndexOf("\n", q.start) + 1);
      const wrong: { name: string; misconception: string; feedback: string }[] = [];
      const add = (name: string | null | undefined, misconception: string, feedback: string) => {
        // A bare "Sarah" is either the speaker again or nobody a student can tell apart.
        if (name && name !== q.speaker && !people.isBareFirstName(name) && !wrong.some((w) => w.name === name)) wrong.push({ name, misconception, feedback });
      };
      add(nearby, "Takes the last person named before a quote for its speaker", `${nearby} is named nearby, but the attribution names ${q.speaker}.`);
      for (const other of speakers) add(other, "Guesses the speaker from the topic instead of the attribution", `${other} is quoted elsewhere in the article, not here.`);
      for (const other of everyone) add(other, "Confuses a person mentioned with the person speaking", `${other} is mentioned in the article but does not say these words.`);
      const options = [
        { id: slugify(q.speaker), text: q.speaker, feedback: `Right. ${q.cue ? `The attribution says "${q.cue}" with ${q.speaker}.` : `The article gives these words to ${q.speaker}.`}` },
        ...wrong.slice(0, 3).map((w) => ({ id: slugify(w.name), text: w.name, feedback: w.feedback, misconception: w.misconception })),
      ];
      return placeKey({
        id: `said-${slugify(shorten(q.text, 5))}`,
        kind: "speaker",
        skill: "who-said",
        prompt: `Who said "${shorten(q.text)}", according to ${source.outlet}?`,
        options,
        answer: [slugify(q.speaker)],
        explanation: "A quote's speaker is named in its attribution: look for the name and the verb (said, told, wrote) next to the quotation marks, and follow \"he\" or \"she\" back to the person named before.",
        evidence: [{ source: source.id, quote: sentenceOf(q) }],
      } satisfies QuestionInput);
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
    out.push(placeKey({
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
    }));
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
      return placeKey({
        id: `source-${slugify(from)}-${i + 1}`,
        kind: "sourcing-chain",
        skill: "sourcing",
        prompt: `Where did ${source.outlet} get this: "${shorten(claim, 16)}"?`,
        options,
        answer: ["relayed"],
        explanation: "Attribution phrases (\"Bloomberg reported\", \"according to …\") tell you the report is second-hand: the outlet passes on what another source said.",
        evidence: [{ source: source.id, quote: claim }],
      } satisfies QuestionInput);
    });
}
