import type { QuestionInput } from "@/lib/content/schema";
import type { SkillId } from "@/lib/content/skills";
import { SPEECH_VERB } from "./cues";
import { suggestion, sure, SUGGEST_THRESHOLD, weakest, type Check, type Suggestion } from "./suggest-confidence";
import { joinId, shorten, slugify } from "./suggest-drafts";
import {
  cite,
  citesItself,
  creditable,
  hasUnnamedQuote,
  isOwnVoice,
  judgementSignals,
  mentions,
  namedQuotes,
  surnameOf,
  type Sentence,
  type SourceReading,
} from "./suggest-reading";
import type { Attribution, Quote } from "./types";

const MIN_OPTIONS = 4;
const MAX_OPTIONS = 8;
const MAX_ANSWERS = 4;

type Choice = { sentence: Sentence; feedback: string; misconception?: string };
type Draft = {
  id: string;
  skill: SkillId;
  prompt: string;
  explanation: string;
  right: Choice[];
  wrong: Choice[];
  check?: (chosen: Choice[]) => Check;
};

/**
 * "Select every sentence that …" items: the options are sentences of the source, verbatim, and
 * the answer is every one that fits (at least one, never all). One per reading task the source
 * supports: whose words are quoted, whom the outlet credits, and, in an opinion piece, where the
 * author gives their own view.
 */
export function suggestHighlights(reading: SourceReading): Suggestion[] {
  const drafts = [
    quotedSpeaker(reading),
    creditedSource(reading),
    reading.source.genre === "opinion" ? authorOpinion(reading) : null,
  ];
  return drafts.flatMap((d) => {
    const q = d && toQuestion(reading, d);
    return q ? [q] : [];
  });
}

function toQuestion(reading: SourceReading, d: Draft): Suggestion | null {
  const right = d.right.slice(0, MAX_ANSWERS);
  const wrong = d.wrong.slice(0, Math.min(MAX_ANSWERS, MAX_OPTIONS - right.length));
  if (right.length === 0 || wrong.length === 0 || right.length + wrong.length < MIN_OPTIONS) return null;
  const chosen = [...right, ...wrong].sort((a, b) => a.sentence.index - b.sentence.index);
  const ids = new Map<Choice, string>();
  for (const c of chosen) {
    const base = slugify(shorten(c.sentence.text, 4));
    ids.set(c, [...ids.values()].includes(base) ? joinId(base, String(c.sentence.index + 1)) : base);
  }
  const question: QuestionInput = {
    id: d.id,
    kind: "highlight",
    skill: d.skill,
    prompt: d.prompt,
    source: reading.source.id,
    options: chosen.map((c) => ({
      id: ids.get(c)!,
      text: c.sentence.text,
      feedback: c.feedback,
      ...(c.misconception ? { misconception: c.misconception } : {}),
    })),
    answer: right.map((c) => ids.get(c)!),
    explanation: d.explanation,
    evidence: right.map((c) => cite(reading, c.sentence)),
  };
  return suggestion(question, d.check ? d.check(chosen) : sure());
}

/** One from each list in turn, so every kind of distractor gets a place. */
function takeInTurn(lists: Choice[][]): Choice[] {
  const out: Choice[] = [];
  for (let i = 0; lists.some((l) => l.length > i); i++) for (const l of lists) if (l[i]) out.push(l[i]!);
  return out;
}

/** A sentence that holds whole quotes (not one that lies inside a longer quote). */
const holdsItsQuotes = (s: Sentence) =>
  s.quotes.every((q) => q.kind === "indirect" || (q.start >= s.start && q.end <= s.end + 1));

const isDirect = (q: Quote) => q.kind === "direct";
/** Fewer words than this in quotation marks may be a name or a gloss ("public option"), not someone's words. */
const MIN_QUOTE_WORDS = 4;
const wordsIn = (q: Quote) => q.text.split(/\s+/).filter(Boolean).length;
const PRONOUN_ATTRIBUTION = new RegExp(
  `\\b(?:he|she|they)\\s+(?:${SPEECH_VERB})\\b|\\b(?:${SPEECH_VERB})\\s+(?:he|she|they)\\b`,
  "iu",
);

function quotedSpeaker(reading: SourceReading): Draft | null {
  const { source } = reading;
  const usable = reading.sentences.filter((s) => s.usable && holdsItsQuotes(s));
  // One person at a time: a group's statement is neither one member's quote nor clearly not theirs.
  const speakers = [
    ...new Set(reading.sentences.flatMap((s) => s.named.filter((n) => !n.speaker.group).map((n) => n.speaker.label))),
  ];
  const inGroup = (s: Sentence, speaker: string) =>
    s.named.some((n) => n.speaker.group && n.speaker.members.includes(speaker));
  // Reported speech keyed to someone in doubt ("Quill and Tate told …" found as Tate's) is no one's to offer.
  const paraphraseOf = (s: Sentence, speaker: string) =>
    s.quotes.some(
      (q) =>
        q.kind === "indirect" &&
        q.speaker === speaker &&
        !reading.speakers.get(q)?.group &&
        (reading.speakers.get(q)?.check.confidence ?? 1) > 0,
    );
  const checkOf = (s: Sentence) => weakest(s.named.map((n) => n.speaker.check));
  const drafts = speakers.map((speaker): Draft => {
    const theirs = (s: Sentence) => s.named.filter((n) => !n.speaker.group && n.speaker.label === speaker);
    // "the plan they call a “public option”", "“It's about me.”" summing up a message: a few words in
    // marks may be a name or the outlet's gloss, not the speaker's words; such a sentence is no option.
    const glossed = (s: Sentence) => theirs(s).length > 0 && theirs(s).every((n) => wordsIn(n.quote) < MIN_QUOTE_WORDS);
    const right = usable.filter((s) => theirs(s).length > 0 && !glossed(s));
    const rest = usable.filter(
      (s) =>
        !right.includes(s) &&
        !glossed(s) &&
        !hasUnnamedQuote(s) &&
        !inGroup(s, speaker) &&
        !s.quotes.some((q) => q.kind === "indirect" && q.speaker === speaker && !paraphraseOf(s, speaker)),
    );
    const paraphrased = rest.filter((s) => paraphraseOf(s, speaker));
    // A sentence that names the speaker and holds quoted words ("…," Cruz said at the time) may be theirs after all.
    const named = rest.filter(
      (s) => !paraphrased.includes(s) && mentions(s.text, surnameOf(speaker)) && !s.quotes.some(isDirect),
    );
    // Someone else's words only where the sentence names that speaker plainly: a "he said" may be this speaker.
    const others = rest.filter(
      (s) =>
        !paraphrased.includes(s) &&
        !named.includes(s) &&
        !mentions(s.text, surnameOf(speaker)) &&
        namedQuotes(s).length > 0 &&
        s.named.every(
          (n) => n.speaker.check.confidence >= SUGGEST_THRESHOLD && mentions(s.text, surnameOf(n.speaker.label)),
        ) &&
        !PRONOUN_ATTRIBUTION.test(s.text),
    );
    return {
      id: `hl-quotes-${slugify(speaker)}`,
      skill: "who-said",
      prompt: `Select every sentence in which ${source.outlet} quotes ${speaker} directly, in quotation marks.`,
      explanation: `A direct quote gives ${speaker}'s own words between quotation marks. "Said that …" without marks is a paraphrase in the outlet's words, and a sentence that only names ${speaker} quotes nobody.`,
      right: right.map((sentence) => ({
        sentence,
        feedback: `Yes. ${speaker}'s words stand in quotation marks here.`,
      })),
      wrong: takeInTurn([
        paraphrased.map((sentence) => ({
          sentence,
          feedback: `No. ${source.outlet} reports what ${speaker} said in its own words, without quotation marks.`,
          misconception: "Takes reported speech for a direct quote",
        })),
        named.map((sentence) => ({
          sentence,
          feedback: `No. ${speaker} is named here but not quoted.`,
          misconception: "Takes a mention of a person for a quote of their words",
        })),
        others.map((sentence) => ({
          sentence,
          feedback: `No. The words in quotation marks here are ${namedQuotes(sentence)[0]!.speaker}'s.`,
          misconception: "Guesses the speaker from the topic instead of the attribution",
        })),
      ]),
      // As sure as the least sure speaker among the sentences offered.
      check: (chosen) => weakest(chosen.map((c) => checkOf(c.sentence))),
    };
  });
  const score = (d: Draft) => Math.min(d.right.length, MAX_ANSWERS) + Math.min(d.wrong.length, MAX_ANSWERS);
  return drafts.filter((d) => d.right.length > 0 && d.wrong.length > 0).sort((a, b) => score(b) - score(a))[0] ?? null;
}

const creditOf = (a: Attribution) => a.via ?? a.source;
const REPORT_WORD = /\b(?:report|reports|reported|according)\b/i;

function creditedSource(reading: SourceReading): Draft | null {
  const { source } = reading;
  // The outlet citing its own earlier reporting is not a source it credits; nor is a group found as one member.
  const credits = reading.analysis.attributions.filter((a) => creditable(reading, a));
  const counts = new Map<string, number>();
  for (const a of credits) counts.set(creditOf(a), (counts.get(creditOf(a)) ?? 0) + 1);
  const credited = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!credited) return null;
  const creditsOf = (s: Sentence) => s.attributions.filter((a) => creditable(reading, a));
  // A sentence with the outlet's own earlier reporting, or an attribution in doubt, is neither credited nor plainly not.
  const usable = reading.sentences.filter(
    (s) => s.usable && s.attributions.every((a) => creditable(reading, a)) && !citesItselfIn(reading, s),
  );
  const right = usable.filter((s) => creditsOf(s).some((a) => creditOf(a) === credited));
  // A sentence that names the source or says "reported" without a found attribution might be credited after all.
  // Nor may words given to someone by "he said" or by their paragraph ("I will tell the truth.") be offered as not theirs.
  const rest = usable.filter(
    (s) =>
      !right.includes(s) &&
      !mentions(s.text, surnameOf(credited)) &&
      !hasUnnamedQuote(s) &&
      !PRONOUN_ATTRIBUTION.test(s.text) &&
      s.named.every((n) => n.speaker.label !== credited && n.speaker.check.reasons.length === 0),
  );
  const elsewhere = rest.filter((s) => s.attributions.length > 0);
  const speech = rest.filter((s) => s.attributions.length === 0 && !REPORT_WORD.test(s.text) && s.named.length > 0);
  const own = rest.filter((s) => isOwnVoice(s) && !REPORT_WORD.test(s.text));
  return {
    id: `hl-credits-${slugify(credited)}`,
    skill: "sourcing",
    prompt: `Select every sentence that ${source.outlet} credits to ${credited}.`,
    explanation: `Look for the attribution in each sentence ("${credited} reported", "according to ${credited}"). A sentence without one is the outlet's own statement or credits someone else.`,
    right: right.map((sentence) => {
      const a = creditsOf(sentence).find((x) => creditOf(x) === credited)!;
      return {
        sentence,
        feedback: `Yes. The sentence credits ${credited}: "${reading.source.body.slice(a.start, a.end)}".`,
      };
    }),
    wrong: takeInTurn([
      elsewhere.map((sentence) => ({
        sentence,
        feedback: `No. This one credits ${creditOf(sentence.attributions[0]!)}, not ${credited}.`,
        misconception: "Assumes one source stands behind every claim in an article",
      })),
      own.map((sentence) => ({
        sentence,
        feedback: `No. No source is named here; it is ${source.outlet}'s own statement.`,
        misconception: "Assumes everything near a credited sentence is credited too",
      })),
      speech.map((sentence) => ({
        sentence,
        feedback: `No. Here ${source.outlet} reports what ${sentence.named[0]!.speaker.label} said, not what ${credited} reported.`,
        misconception: "Confuses a speaker with the outlet that relays the claim",
      })),
    ]),
    check: (chosen) => weakest(chosen.flatMap((c) => c.sentence.named.map((n) => n.speaker.check))),
  };
}

/** The sentence has the outlet naming itself as a source, whether or not the analysis found an attribution ("The Post has learned"). */
function citesItselfIn(reading: SourceReading, s: Sentence): boolean {
  return (
    s.attributions.some((a) => citesItself(reading, a)) ||
    s.quotes.some((q) => q.kind === "indirect" && reading.speakers.get(q)?.self)
  );
}

function authorOpinion(reading: SourceReading): Draft | null {
  const { source } = reading;
  const usable = reading.sentences.filter((s) => s.usable);
  const judged = usable.filter(
    (s) => s.quotes.length === 0 && s.attributions.length === 0 && judgementSignals(s).length >= 2,
  );
  const strongest = [...judged]
    .sort((a, b) => judgementSignals(b).length - judgementSignals(a).length)
    .slice(0, MAX_ANSWERS);
  const quotedShare = (s: Sentence) =>
    namedQuotes(s).reduce((n, q) => n + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0) / s.text.length;
  const quoted = usable.filter((s) => s.signals.length === 0 && !hasUnnamedQuote(s) && quotedShare(s) >= 0.6);
  return {
    id: "hl-opinion",
    skill: "statement-kind",
    prompt: `Select every sentence in which the ${source.outlet} author gives their own opinion, not someone else's words.`,
    explanation:
      'An opinion piece mixes the author\'s judgements with other people\'s words. A judgement shows in loaded words, certainty ("it is clear", "plainly") and verdicts no source is cited for; words quoted from someone belong to that speaker, whatever the author makes of them.',
    right: strongest.map((sentence) => ({
      sentence,
      feedback: `Yes. The author judges here and cites no one (${judgementSignals(sentence)
        .map((x) => x.replace(/^fragment: .*/, "a fragment without a verb"))
        .join("; ")}).`,
    })),
    wrong: quoted.map((sentence) => ({
      sentence,
      feedback: `No. These are ${namedQuotes(sentence)[0]!.speaker}'s words, as the article gives them, not the author's.`,
      misconception: "Reads quoted words as the author's own voice",
    })),
  };
}
