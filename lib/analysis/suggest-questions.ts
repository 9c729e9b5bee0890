import { locateQuote } from "@/lib/content/locate-quote";
import type { QuestionInput } from "@/lib/content/schema";
import { SPEECH_VERB } from "./cues";
import { looksLikePerson } from "./person-like";
import { lastPersonBefore } from "./speakers";
import { compareCoverageQuestions } from "./suggest-compare-coverage";
import {
  blocked,
  CHECK_THRESHOLD,
  combine,
  FACTORS,
  lower,
  optionsCheck,
  statusOf,
  suggestion,
  SUGGEST_THRESHOLD,
  type Check,
  type Suggestion,
} from "./suggest-confidence";
import { dateCheck } from "./suggest-date-check";
import { idPrefixes, inKindOrder, joinId, keepValid, pickBalanced, placeKey, shorten, slugify } from "./suggest-drafts";
import { isFurniture } from "./suggest-furniture";
import { judgingWords } from "./evaluative";
import { isPlainReport } from "./suggest-speaker-check";
import { suggestHighlights } from "./suggest-highlight";
import { organisationOptions, type WrongOption } from "./suggest-org-options";
import { outletAttributionQuestions } from "./suggest-outlet-attribution";
import { citesItself, creditable, readSource, type SourceReading, type SuggestSource } from "./suggest-reading";
import { isOutletItself } from "./suggest-self-citation";
import { timelineQuestions } from "./suggest-timeline";
import { spanIndexAt } from "./text";
import { TRANSCRIPT_LABEL } from "./transcripts";
import type { Span } from "./types";

export type { SuggestSource } from "./suggest-reading";
export type { Suggestion } from "./suggest-confidence";

/**
 * A suggested question as a lesson draft stores it: the question, and, when the suggester is not
 * sure enough to offer it plainly, what the teacher should check ("Check this: …").
 */
export type ReviewedDraft = QuestionInput & { check?: { confidence: number; reasons: string[] } };

const confident = (s: Suggestion) => s.confidence >= SUGGEST_THRESHOLD;
const question = (s: Suggestion) => s.question;

/**
 * Draft questions from an article's analysis, in the kinds the built-in lessons use: who said a
 * quote, what kind of statement a sentence is, where a reported claim came from, and when things
 * happened. Each draft passes the content schema, its distractors come from the same article,
 * and its evidence is a sentence of the source, verbatim. Only drafts at or above the main
 * threshold (see suggest-confidence.ts); a teacher reviews every one.
 */
export function suggestQuestions(source: SuggestSource, limit = 12): QuestionInput[] {
  return suggestQuestionsFor(readSource(source), limit);
}

/** The same drafts from a source already read, so a lesson analyses each source once. */
function suggestQuestionsFor(reading: SourceReading, limit = 12): QuestionInput[] {
  return sourceSuggestions(reading).filter(confident).map(question).slice(0, limit);
}

/**
 * Every draft a source gives on its own, with its confidence and reasons, those under the
 * thresholds too, each valid as lesson content.
 */
function sourceSuggestions(reading: SourceReading): Suggestion[] {
  const { source, analysis } = reading;
  const raw = source.body;
  const sentenceOf = (span: Span) => {
    const i = spanIndexAt(analysis.sentences, span.start);
    const s = analysis.sentences[i];
    return s ? raw.slice(s.start, Math.max(s.end, Math.min(span.end, raw.length))) : raw.slice(span.start, span.end);
  };
  const drafts = [
    ...speakerQuestions(reading, sentenceOf),
    ...statementKindQuestions(reading).map((q) => suggestion(q)),
    ...sourcingQuestions(reading),
    ...timelineQuestions(source, analysis).map((q) => suggestion(q, dateCheck(reading, q))),
  ];
  return keepValid(drafts, new Map([[source.id, raw]]), question).map((s) => finish(s, [reading]));
}

/** Enough per-source drafts that the balancing, not this cut, decides what a lesson gets. */
const PER_SOURCE_DRAFTS = 50;

export type LessonOptions = {
  /** How many drafts at most (ignored with `all`). */
  limit?: number;
  /** Every draft made, those under the threshold too: for checking the suggester, never for a teacher. */
  all?: boolean;
};

/**
 * Draft questions for a lesson on one or more sources, each with its confidence and the reasons
 * that lowered it: each source's own questions and highlight items, and, across sources, which
 * outlet says what and how their coverage differs. Ids are unique within the lesson (per-source
 * ones carry a prefix from the source id when there are several sources); every draft passes
 * the content schema with its evidence found verbatim. Within the limit, drafts at or above the
 * main threshold come first, balanced across kinds and sources; drafts between the lower and the
 * main threshold fill what is left; none below the lower threshold unless `all`.
 */
export function suggestLesson(sources: SuggestSource[], { limit = 20, all = false }: LessonOptions = {}): Suggestion[] {
  const readings = sources.map(readSource);
  const several = readings.length > 1;
  const prefixes = idPrefixes(sources.map((s) => s.id));
  const prefixed = (s: Suggestion, i: number): Suggestion =>
    several ? { ...s, question: { ...s.question, id: joinId(prefixes[i]!, s.question.id) } } : s;
  const perSource = readings.flatMap((r, i) => {
    const own = sourceSuggestions(r);
    return [
      ...(all ? own : own.filter((s) => s.confidence >= CHECK_THRESHOLD).slice(0, PER_SOURCE_DRAFTS)),
      ...suggestHighlights(r),
    ].map((s) => prefixed(s, i));
  });
  const pairs = readings.flatMap((a, i) =>
    readings
      .slice(i + 1)
      .map((b, j) => ({ a, b, tag: readings.length > 2 ? joinId(prefixes[i]!, prefixes[i + 1 + j]!) : "" })),
  );
  const across = several ? [...outletAttributionQuestions(readings), ...pairs.flatMap(compareCoverageQuestions)] : [];
  const bodies = new Map(sources.map((s) => [s.id, s.body]));
  const valid = keepValid([...perSource, ...across], bodies, question).map((s) => finish(s, readings));
  if (all) return inKindOrder(valid, question);
  const sure = pickBalanced(valid.filter(confident), limit, question);
  const toCheck = pickBalanced(
    valid.filter((s) => statusOf(s.confidence) === "check"),
    limit - sure.length,
    question,
  );
  return inKindOrder([...sure, ...toCheck], question);
}

/** The questions of `suggestLesson` that are offered as they are (at or above the main threshold). */
export function suggestLessonQuestions(sources: SuggestSource[], limit = 20): QuestionInput[] {
  return suggestLesson(sources, { limit }).filter(confident).map(question);
}

/**
 * What a teacher's draft lesson gets: the suggestions at or above the lower threshold, those
 * under the main one with the reasons to check them.
 */
export function suggestLessonDrafts(sources: SuggestSource[], limit = 20): ReviewedDraft[] {
  return suggestLesson(sources, { limit }).map((s) =>
    confident(s) ? s.question : { ...s.question, check: { confidence: s.confidence, reasons: s.reasons } },
  );
}

/**
 * Checks every suggestion gets whatever made it: no evidence or option on page furniture, and
 * options a student can tell apart by the skill, not by spelling.
 */
function finish(s: Suggestion, readings: SourceReading[]): Suggestion {
  const q = s.question;
  const onFurniture = (source: string | undefined, quote: string, occurrence?: number) => {
    const r = readings.find((x) => x.source.id === source);
    const span = r ? locateQuote(r.source.body, quote, occurrence) : null;
    return !!r && !!span && typeof span !== "string" && isFurniture(r.source.body, r.furniture, span);
  };
  const furniture = [
    ...q.evidence.filter((e) => onFurniture(e.source, e.quote, e.occurrence)).map((e) => e.quote),
    ...(q.kind === "highlight" ? q.options.filter((o) => onFurniture(q.source, o.text)).map((o) => o.text) : []),
  ];
  const checks: Check[] = [s, optionsCheck(q)];
  if (furniture.length > 0) checks.push(blocked(`cites page furniture: "${shorten(furniture[0]!, 8)}"`));
  return suggestion(q, combine(...checks));
}

/** "Sens. Ann Baker" as an option is "Ann Baker". */
const withoutTitle = (name: string) => name.replace(/^(?:\p{Lu}\p{Ll}{1,4}\.\s+)+(?=\p{Lu}\p{Ll}*\s+\p{Lu})/u, "");

function speakerQuestions(reading: SourceReading, sentenceOf: (s: Span) => string): Suggestion[] {
  const { source, analysis, people } = reading;
  const raw = source.body;
  const checked = analysis.quotes.flatMap((q) => {
    const c = reading.speakers.get(q);
    return q.kind === "direct" && q.speaker && c && !c.self ? [{ q, c }] : [];
  });
  const singles = [...new Set(checked.filter(({ c }) => !c.group && c.check.confidence > 0).map(({ c }) => c.label))];
  // Outlets that "reported" are sources, not people to offer as a quote's speaker; nor is the outlet itself.
  const outlets = new Set(
    analysis.attributions.flatMap((a) => (a.via ? [a.via] : [a.source])).filter((name) => !singles.includes(name)),
  );
  const everyone = [
    ...new Set(
      people
        .everyone()
        .filter((name) => !outlets.has(name) && !isOutletItself(name, source.outlet, source.author))
        .map(withoutTitle),
    ),
  ];
  const orgOptions = organisationOptions(raw, analysis, outlets, source);
  // `"What makes this new," Schiff said, "but the attempt …"`: the second half of one quoted sentence
  // would ask the same question again.
  const secondHalf = (q: Span, label: string) => {
    const before = checked.filter((x) => x.q.end <= q.start).at(-1);
    return (
      /^\p{Ll}/u.test(raw.slice(q.start, q.start + 1)) &&
      !!before &&
      before.c.label === label &&
      !raw.slice(before.q.end, q.start).includes("\n")
    );
  };
  return (
    checked
      // A speaker known only as "Sarah" when two Sarahs are named: no option could be shown right.
      .filter(
        ({ q, c }) =>
          q.text.split(/\s+/).length >= 4 &&
          (c.group
            ? c.members.every((m) => !people.isBareFirstName(m))
            : everyone.includes(c.label) && !people.isBareFirstName(c.label)) &&
          !secondHalf(q, c.label),
      )
      .map(({ q, c }) => {
        const key = c.label;
        const nearby = lastPersonBefore(
          { raw, people, quoted: analysis.quotes.filter((x) => x.kind !== "indirect") },
          raw.lastIndexOf("\n", q.start) + 1,
        );
        const wrong: WrongOption[] = [];
        const add = (name: string | null | undefined, misconception: string, feedback: string) => {
          // A bare "Sarah" is either the speaker again or nobody a student can tell apart.
          // "Trump" beside "Donald Trump" is one person twice: by the fullest name each stands for.
          // ("De Blasio" opening a sentence is "Bill de Blasio".)
          const same = (a: string, b: string) => {
            const [x, y] = [people.fullest(a).toLowerCase(), people.fullest(b).toLowerCase()];
            const [short, long] = x.length <= y.length ? [x, y] : [y, x];
            // (A group's name, "Tom Smith and Ray Jones", is never one of its members.)
            const group = /,| and /.test(long);
            return x === y || (!group && short.includes(" ") && long.endsWith(` ${short}`));
          };
          // Only people: not a caption's "Obama Speech", a programme or a place the name index took in.
          if (
            name &&
            !same(name, key) &&
            !people.isBareFirstName(name) &&
            looksLikePerson(name, raw) &&
            !wrong.some((w) => same(w.name, name))
          )
            wrong.push({ name, misconception, feedback });
        };
        if (c.group) {
          const [first, last] = [c.members[0]!, c.members.at(-1)!];
          add(
            last,
            "Takes the last-named member of a group for the only speaker",
            `${last} is one of the ${c.members.length} who made this statement; the attribution names all of them.`,
          );
          add(
            first,
            "Takes one member of a group for the whole group",
            `${first} is one of the ${c.members.length} who made this statement; the attribution names all of them.`,
          );
        }
        const others = (name: string) =>
          !c.members.includes(name) && !outlets.has(name) && !isOutletItself(name, source.outlet, source.author);
        const keyIsOrg = !c.group && orgOptions.notPerson(key);
        const orgDistractors = keyIsOrg ? orgOptions.distractorsFor(key) : [];
        const byOrgs = orgDistractors.length >= 2;
        if (byOrgs) wrong.push(...orgDistractors);
        if (nearby && others(nearby) && !byOrgs)
          add(
            withoutTitle(nearby),
            "Takes the last person named before a quote for its speaker",
            `${withoutTitle(nearby)} is named nearby, but the attribution names ${key}.`,
          );
        for (const other of byOrgs ? [] : singles.filter(others))
          add(
            other,
            "Guesses the speaker from the topic instead of the attribution",
            `${other} is quoted elsewhere in the article, not here.`,
          );
        for (const other of byOrgs ? [] : everyone.filter(others))
          add(
            other,
            "Confuses a person mentioned with the person speaking",
            `${other} is mentioned in the article but does not say these words.`,
          );
        const right = c.group
          ? `Right. The attribution gives the words to all ${c.members.length} of them${q.cue ? ` ("${q.cue}")` : ""}.`
          : `Right. ${q.cue ? `The attribution says "${q.cue}" with ${key}.` : `The article gives these words to ${key}.`}`;
        const options = [
          { id: slugify(key), text: key, feedback: right },
          ...wrong
            .slice(0, 3)
            .map((w) => ({ id: slugify(w.name), text: w.name, feedback: w.feedback, misconception: w.misconception })),
        ];
        return suggestion(
          placeKey({
            id: `said-${slugify(shorten(q.text, 5))}`,
            kind: "speaker",
            skill: "who-said",
            prompt: `Who said "${shorten(q.text)}", according to ${source.outlet}?`,
            options,
            answer: [slugify(key)],
            explanation: c.group
              ? 'A statement can have several speakers: the attribution names each of them ("A, B and C said in a joint statement"), and the words belong to all of them, not to the last one named.'
              : 'A quote\'s speaker is named in its attribution: look for the name and the verb (said, told, wrote) next to the quotation marks, and follow "he" or "she" back to the person named before.',
            evidence: speakerEvidence(reading, q, c.group ? c.members : [key], sentenceOf).map((quote) => ({
              source: source.id,
              quote,
            })),
          } satisfies QuestionInput),
          keyIsOrg && !byOrgs
            ? lower(
                c.check,
                FACTORS.keyOfAnotherKind,
                `${key} is an organisation and the other options are people: the options give it away`,
              )
            : c.check,
        );
      })
  );
}

/**
 * The quote's sentence through its attribution (`“… a huge deal? No,” said Obama.` is one piece of
 * evidence even where the splitter cut it at the "?"), and where that does not name the speaker
 * ("…,” she said; a quote that goes on from the paragraph before), the sentences back to the one
 * that does: those that carry the attribution on ("she said", "he added") and the naming one.
 * Evidence must show who spoke.
 */
function speakerEvidence(
  reading: SourceReading,
  q: Span,
  speakers: string[],
  sentenceOf: (s: Span) => string,
): string[] {
  const { analysis, source } = reading;
  const surnames = speakers.map((name) => name.split(/\s+/).at(-1)!).filter(Boolean);
  // The name outside the quoted words: "trying something new like Trump" inside a quote attributes nothing.
  const names = (text: string) => {
    const outside = text
      .replace(/[“"][^“”"]*[”"]/gu, " ")
      .replace(/^[^“”"]*[”"]/u, " ")
      .replace(/[“"][^“”"]*$/u, " ");
    return surnames.every((surname) => outside.includes(surname));
  };
  const text = (i: number) => {
    const s = analysis.sentences[i];
    return s ? source.body.slice(s.start, s.end) : "";
  };
  const at = spanIndexAt(analysis.sentences, q.start);
  const closing = spanIndexAt(analysis.sentences, Math.min(q.end + 1, source.body.length - 1));
  const last = analysis.sentences[closing];
  // Up to the end of the sentence the closing mark stands in, within the quote's paragraph.
  const own =
    last && closing > at && !source.body.slice(q.end, last.end).includes("\n")
      ? source.body.slice(analysis.sentences[at]!.start, last.end)
      : sentenceOf(q);
  if (names(own)) return [own];
  const after = Math.max(closing, at) + 1;
  const next = analysis.sentences[after];
  // `“… a huge deal? No,” said Obama.` cut at the "?", or an attribution a capture moved to the next
  // line; not a new paragraph that merely names the speaker ("The campaign credited Ann Lee …").
  const gap = next ? source.body.slice(q.end, next.start) : "";
  const attribution = !gap.includes("\n") || ATTRIBUTION_FIRST.test(text(after));
  if (next && /^[\s,.;:!?"”’']*$/u.test(gap) && attribution && names(text(after))) return [own, text(after)];
  const carried: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    if (reading.sentences[i]?.furniture) continue;
    if (names(text(i))) return [own, ...carried.reverse(), text(i)];
    // `"…," she said. "…"`: the sentence that gives the words to "she" belongs to the chain.
    if (carried.length < 2 && CARRIES_ATTRIBUTION.test(text(i))) carried.push(text(i));
  }
  return [own];
}

/** A sentence that opens with its attribution: "Reyes said after the vote.", "said Ann Lee, a lawyer." */
const ATTRIBUTION_FIRST = new RegExp(`^\\s*(?:[\\p{L}.’'-]+\\s+){0,4}?(?:${SPEECH_VERB})\\b`, "u");

// Also a description (`"…," Lee's former strategist said. "…"`): a lower-case head noun, so no other person's name.
const CARRIES_ATTRIBUTION = new RegExp(
  `["”’],?\\s+(?:he|she|they|(?:[\\p{L}’'-]+\\s+){0,3}\\p{Ll}[\\p{Ll}-]*)\\s+(?:${SPEECH_VERB})\\b`,
  "u",
);

/** "Senator Ann Baker of the finance committee told reporters on Tuesday that": the longest lead-in to a report. */
const MAX_WORDS_BEFORE_REPORT = 12;

function statementKindQuestions(reading: SourceReading): QuestionInput[] {
  const { source, analysis } = reading;
  const raw = source.body;
  const out: QuestionInput[] = [];
  const opinionated = new Set(analysis.opinion.filter((o) => o.signals.length >= 2).map((o) => o.sentence));
  const covered = (s: Span, kind: "direct" | "indirect") =>
    analysis.quotes.some((q) => q.kind === kind && q.start >= s.start && q.end <= s.end + 1);
  const attributed = (s: Span) =>
    analysis.attributions.some((a) => a.start >= s.start && a.end <= s.end) ||
    analysis.quotes.some((q) => q.start < s.end && q.end > s.start);
  // "The Times reported in August that …" in The Times is its own earlier reporting, no one's paraphrase.
  const ownEarlier = (s: Span) =>
    analysis.attributions.some((a) => a.start >= s.start && a.end <= s.end && citesItself(reading, a)) ||
    analysis.quotes.some(
      (q) => q.start >= s.start && q.end <= s.end + 1 && isOutletItself(q.speaker, source.outlet, source.author),
    );
  const OPTIONS = {
    quote: {
      id: "quote",
      text: "A direct quote",
      feedback: "",
      misconception: "Takes reported words for a quotation, or a quotation for the outlet's voice",
    },
    paraphrase: {
      id: "paraphrase",
      text: "A paraphrase of what someone said",
      feedback: "",
      misconception: "Misses or invents an attribution to a speaker",
    },
    fact: {
      id: "fact",
      text: "The outlet's own factual claim",
      feedback: "",
      misconception: "Takes a judgement or a relayed claim for the outlet's own fact",
    },
    opinion: {
      id: "opinion",
      text: "The author's interpretation",
      feedback: "",
      misconception: "Treats a checkable statement as opinion, or opinion as fact",
    },
  };
  const FEEDBACK: Record<keyof typeof OPTIONS, string> = {
    quote: "The words stand between quotation marks and are attributed to a speaker.",
    paraphrase: 'Someone\'s words are reported without quotation marks ("told senators that …").',
    fact: "The outlet states it in its own voice, without a source, and it could be checked.",
    opinion: 'It judges or interprets (loaded words, certainty, "we"), which no source could confirm.',
  };
  const pick = (answer: keyof typeof OPTIONS, s: Span, index: number) => {
    const text = raw.slice(s.start, s.end);
    out.push(
      placeKey({
        id: `kind-${answer}-${index + 1}`,
        kind: "statement-kind",
        skill: "statement-kind",
        prompt: `In ${source.outlet}, what kind of statement is this sentence? ${shorten(text, 18)}`,
        options: (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).map((k) =>
          k === answer
            ? { id: k, text: OPTIONS[k].text, feedback: `Right. ${FEEDBACK[k]}` }
            : { ...OPTIONS[k], feedback: `Not this: ${FEEDBACK[answer]}` },
        ),
        answer: [answer],
        explanation: FEEDBACK[answer],
        evidence: [{ source: source.id, quote: text }],
      }),
    );
  };
  const choose = (test: (s: Span, i: number) => boolean) =>
    analysis.sentences.findIndex((s, i) => s.end - s.start > 40 && !reading.sentences[i]!.furniture && test(s, i));
  const quoteAt = choose((s) =>
    analysis.quotes.some(
      (q) =>
        q.kind === "direct" && q.start >= s.start && q.end <= s.end + 1 && (q.end - q.start) * 2 >= s.end - s.start,
    ),
  );
  // Only plain reported speech: "records tell a more complicated story" is the outlet's own claim.
  const reported = (s: Span) =>
    analysis.quotes.filter((q) => q.kind === "indirect" && q.start >= s.start && q.end <= s.end + 1);
  // The report is what the sentence says, not a clause tucked into the outlet's own account ("The caucus
  // held a press conference on Friday, shortly after Trump said he believes …" is the outlet's fact).
  const mainlyReported = (s: Span) =>
    reported(s).some(
      (q) =>
        (q.end - q.start) * 5 >= (s.end - s.start) * 2 &&
        raw.slice(s.start, q.start).split(/\s+/).filter(Boolean).length <= MAX_WORDS_BEFORE_REPORT,
    );
  const paraphraseAt = choose(
    (s) =>
      reported(s).length > 0 &&
      reported(s).every(isPlainReport) &&
      mainlyReported(s) &&
      !covered(s, "direct") &&
      !ownEarlier(s),
  );
  const opinionAt = source.genre === "opinion" ? choose((s, i) => opinionated.has(i) && !attributed(s)) : -1;
  // A line of a transcript ("REID: …", "Q: …") is the speaker's, every sentence of it.
  // (`"WALLACE: …` as a news site prints a transcript: the line may open with a quotation mark.)
  const inTranscript = (s: Span) =>
    TRANSCRIPT_LABEL.test(raw.slice(raw.lastIndexOf("\n", s.start - 1) + 1, s.end).replace(/^["“]/u, ""));
  const factAt = choose(
    (s, i) =>
      !attributed(s) &&
      !inTranscript(s) &&
      !analysis.opinion.some((o) => o.sentence === i) &&
      !new RegExp(`\\b${SPEECH_VERB}\\b`).test(raw.slice(s.start, s.end)) &&
      // "The programs are extra valuable": a judgement, which a careful reader could call the author's.
      judgingWords(raw.slice(s.start, s.end)).length === 0 &&
      /\b(?:is|was|were|are|has|had|met|called|falls|began)\b/.test(raw.slice(s.start, s.end)),
  );
  if (quoteAt >= 0) pick("quote", analysis.sentences[quoteAt]!, quoteAt);
  if (paraphraseAt >= 0) pick("paraphrase", analysis.sentences[paraphraseAt]!, paraphraseAt);
  if (opinionAt >= 0) pick("opinion", analysis.sentences[opinionAt]!, opinionAt);
  if (factAt >= 0) pick("fact", analysis.sentences[factAt]!, factAt);
  return out;
}

function sourcingQuestions(reading: SourceReading): Suggestion[] {
  const { source, analysis } = reading;
  const raw = source.body;
  return (
    analysis.attributions
      .filter((a) => a.via || /report/.test(a.cue) || /according/.test(a.cue))
      // "according to the S.E.C. complaint and Vermont's": two sources, and the analysis names one.
      .filter((a) => !/\band\b|&/.test(raw.slice(a.start, a.end)) || /\band\b/.test(a.via ?? a.source))
      .map((a, i) => {
        const s = analysis.sentences[spanIndexAt(analysis.sentences, a.start)]!;
        const claim = raw.slice(s.start, s.end);
        const from = a.via ?? a.source;
        const phrase = raw.slice(a.start, a.end);
        const options = [
          {
            id: "relayed",
            text: `From ${from}: ${source.outlet} relays it`,
            feedback: `Right. The sentence says "${phrase}".`,
          },
          {
            id: "own",
            text: `${source.outlet}'s own reporting`,
            feedback: `The sentence names where it came from: "${phrase}".`,
            misconception: "Assumes the outlet found out for itself what it relays from elsewhere",
          },
          {
            id: "speaker",
            text: a.via ? `Directly from ${a.source}, as ${source.outlet} heard it` : "From an unnamed official",
            feedback: a.via
              ? `${source.outlet} did not hear ${a.source}; it knows through ${a.via}.`
              : "No official is named as the source here.",
            misconception: "Skips the intermediary in a chain of sources",
          },
        ];
        const check = citesItself(reading, a)
          ? blocked(`"${phrase}" is ${source.outlet} citing its own earlier reporting, not relaying another source`)
          : !creditable(reading, a)
            ? blocked(`"${phrase}" credits a group or a speaker in doubt`)
            : undefined;
        return suggestion(
          placeKey({
            id: `source-${slugify(from)}-${i + 1}`,
            kind: "sourcing-chain",
            skill: "sourcing",
            prompt: `Where did ${source.outlet} get this: "${shorten(claim, 16)}"?`,
            options,
            answer: ["relayed"],
            explanation:
              'Attribution phrases ("Bloomberg reported", "according to …") tell you the report is second-hand: the outlet passes on what another source said.',
            evidence: [{ source: source.id, quote: claim }],
          } satisfies QuestionInput),
          check,
        );
      })
  );
}
