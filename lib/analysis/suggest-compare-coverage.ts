import type { QuestionInput } from "@/lib/content/schema";
import { suggestion, sure, weakest, type Check, type Suggestion } from "./suggest-confidence";
import { joinId, placeKey, shorten, slugify } from "./suggest-drafts";
import {
  cite,
  citesItself,
  creditable,
  hasUnnamedQuote,
  isOwnVoice,
  judgementSignals,
  mentions,
  surnameOf,
  usesWordOrKin,
  type Sentence,
  type SourceReading,
} from "./suggest-reading";
import type { Attribution } from "./types";

type Option = QuestionInput["options"][number];
/** Two articles of a lesson, and the id part that names the pair when a lesson has more than two. */
type Pair = { a: SourceReading; b: SourceReading; tag: string };

const SPEAKERS_PER_PAIR = 3;

/**
 * How two articles treat the same story differently, kept to what each text says: the genre
 * (credited claims against the author's own conclusions), whose words each quotes, and whether
 * an article relays another outlet's reporting or speaks in its own voice. A claim is always
 * taught as some outlet's claim, never as settled fact.
 */
export function compareCoverageQuestions(pair: Pair): Suggestion[] {
  const genre = genreContrast(pair);
  const relay = relayOrOwnVoice(pair) ?? relayOrOwnVoice({ ...pair, a: pair.b, b: pair.a });
  return [...(genre ? [suggestion(genre)] : []), ...(relay ? [suggestion(relay)] : []), ...speakerCoverage(pair)];
}

const judgedMost = (r: SourceReading) =>
  r.sentences
    .filter((s) => s.usable && isOwnVoice(s))
    .sort((x, y) => judgementSignals(y).length - judgementSignals(x).length)[0];

function genreContrast({ a, b, tag }: Pair): QuestionInput | null {
  if (a.source.genre === b.source.genre) return null;
  const [report, opinion] = a.source.genre === "news-report" ? [a, b] : [b, a];
  const credited = report.sentences.find(
    (s) => s.usable && s.attributions.length > 0 && s.attributions.every((a) => creditable(report, a)),
  );
  const argued = judgedMost(opinion);
  if (!credited || !argued || judgementSignals(argued).length === 0) return null;
  const R = report.source.outlet;
  const O = opinion.source.outlet;
  const phrase = report.source.body.slice(credited.attributions[0]!.start, credited.attributions[0]!.end);
  return placeKey({
    id: joinId("cmp", tag, "genre-contrast"),
    kind: "compare-coverage",
    skill: "comparing-coverage",
    prompt: `Which description fits how ${R} and ${O} are written?`,
    options: [
      {
        id: "report-vs-opinion",
        text: `${R} credits its claims to sources; ${O} argues for its own conclusions`,
        feedback: `Right. ${R} writes "${phrase}"; ${O} states in its own voice: "${shorten(argued.text, 10)}"`,
      },
      {
        id: "both-report",
        text: "Both only report what their sources said",
        feedback: `${O} states its own conclusions: "${shorten(argued.text, 10)}"`,
        misconception: "Treats an opinion piece as a neutral report",
      },
      {
        id: "both-opinion",
        text: "Both argue for their own view",
        feedback: `${R} is a news report: it credits what it says ("${phrase}") rather than arguing for a view.`,
        misconception: "Treats any article on a contested topic as opinion",
      },
      {
        id: "reversed",
        text: `${O} credits its claims to sources; ${R} argues for its own conclusions`,
        feedback: `It is the other way round: ${R} credits its sources, ${O} argues.`,
        misconception: "Mixes up which outlet argues and which reports",
      },
    ],
    answer: ["report-vs-opinion"],
    explanation:
      "Genre changes how to read a text. A report's claims come with their sources; an opinion piece's conclusions are the author's own, to be weighed rather than taken as established.",
    evidence: [cite(report, credited), cite(opinion, argued)],
  });
}

const isRelay = (at: Attribution) => /report/.test(at.cue);

function relayOrOwnVoice({ a, b, tag }: Pair): QuestionInput | null {
  // "The Times reported" in The Times is its own earlier reporting, not a relay.
  const relays = (at: Attribution) => isRelay(at) && creditable(a, at);
  const relayed = a.sentences.find((s) => s.usable && s.attributions.some(relays));
  const at = relayed?.attributions.find(relays);
  if (!relayed || !at) return null;
  const X = at.via ?? at.source;
  const own = judgedMost(b);
  if (
    !own ||
    usesWordOrKin(b.source.body, X) ||
    b.analysis.attributions.some((x) => /report|according/.test(x.cue) && !citesItself(b, x))
  )
    return null;
  const A = a.source.outlet;
  const B = b.source.outlet;
  const phrase = a.source.body.slice(at.start, at.end);
  return placeKey({
    id: joinId("cmp", tag, "relay", slugify(X)),
    kind: "compare-coverage",
    skill: "comparing-coverage",
    prompt: `How do ${A} and ${B} differ in where their claims come from?`,
    options: [
      {
        id: "relay-vs-own",
        text: `${A} relays ${X}'s reporting; ${B} credits no other outlet and makes its claims in its own voice`,
        feedback: `Right. ${A} writes "${phrase}"; ${B} never mentions ${X}.`,
      },
      {
        id: "both-relay",
        text: `Both rely on ${X}'s reporting`,
        feedback: `${B} never mentions ${X}.`,
        misconception: "Assumes one source stands behind both articles",
      },
      {
        id: "reversed",
        text: `${B} relays ${X}'s reporting; ${A} makes its claims in its own voice`,
        feedback: `It is the other way round: ${A} writes "${phrase}", and ${B} never mentions ${X}.`,
        misconception: "Mixes up which outlet relays and which asserts",
      },
      {
        id: "both-own",
        text: "Both make their claims in their own voice, crediting no other outlet",
        feedback: `${A} credits ${X}: "${phrase}".`,
        misconception: "Treats relayed claims as the outlet's own reporting",
      },
    ],
    answer: ["relay-vs-own"],
    explanation: `"${phrase}" marks a claim as second-hand: ${A} vouches that ${X} reported it, not that it found it out itself. A claim in an outlet's own voice rests on that outlet alone. Either way you learn who claims what, not whether it is true.`,
    evidence: [cite(a, relayed), cite(b, own)],
  });
}

/** A sentence in which the article quotes this person alone (a group statement is not one member's quote). */
const quotesOf = (r: SourceReading, surname: string) =>
  r.sentences.find((s) => s.named.some((n) => !n.speaker.group && surnameOf(n.speaker.label) === surname));

/** The person speaks in a group statement, or a quote is keyed to them in doubt: whether the article "quotes" them is not plain. */
const inDoubt = (r: SourceReading, surname: string) =>
  r.analysis.quotes.some((q) => {
    const c = r.speakers.get(q);
    return (
      !!c &&
      (c.group || c.check.confidence === 0) &&
      (c.members.some((m) => surnameOf(m) === surname) || surnameOf(q.speaker ?? "") === surname)
    );
  });

const checkOf = (r: SourceReading, surname: string): Check =>
  weakest(
    r.sentences.flatMap((s) =>
      s.named.filter((n) => !n.speaker.group && surnameOf(n.speaker.label) === surname).map((n) => n.speaker.check),
    ),
  );

/** "Which article quotes X?", asked only where the answer is plain: the other article quotes X too, or gives no quote that could be X's. */
function speakerCoverage(pair: Pair): Suggestion[] {
  const asked = new Set<string>();
  const out: Suggestion[] = [];
  for (const [a, b] of [
    [pair.a, pair.b],
    [pair.b, pair.a],
  ] as const) {
    for (const speaker of new Set(
      a.sentences.flatMap((s) => s.named.filter((n) => !n.speaker.group).map((n) => n.speaker.label)),
    )) {
      const surname = surnameOf(speaker);
      const inB = quotesOf(b, surname);
      const mentioned = b.sentences.find((s) => !s.furniture && mentions(s.text, surname));
      if (
        asked.has(surname) ||
        inDoubt(a, surname) ||
        inDoubt(b, surname) ||
        (!inB && mentioned && b.sentences.some(hasUnnamedQuote))
      )
        continue;
      asked.add(surname);
      const check = inB ? weakest([checkOf(a, surname), checkOf(b, surname)]) : checkOf(a, surname);
      out.push(suggestion(speakerQuestion(pair, a, b, speaker, inB ?? mentioned), check ?? sure()));
    }
  }
  return out.slice(0, SPEAKERS_PER_PAIR);
}

function speakerQuestion(
  pair: Pair,
  a: SourceReading,
  b: SourceReading,
  speaker: string,
  inB: Sentence | undefined,
): QuestionInput {
  // inB: where B quotes the speaker or, failing that, names them.
  const surname = surnameOf(speaker);
  const both = !!inB && inB.named.some((n) => !n.speaker.group && surnameOf(n.speaker.label) === surname);
  const A = a.source.outlet;
  const B = b.source.outlet;
  const bSide = both
    ? `${B} quotes ${speaker} too.`
    : inB
      ? `${B} names ${surname} but never quotes ${surname}'s words.`
      : `${B} never mentions ${speaker}.`;
  const right = both ? "both" : `only-${slugify(A)}`;
  // "Both" and "Neither" stay last, after the two "Only …" options.
  const option = (id: string, text: string, feedback: string, misconception: string): Option => ({
    ...(id === right
      ? { id, text, feedback: `Right. ${A} quotes ${speaker}; ${bSide}` }
      : { id, text, feedback, misconception }),
    ...(id === "both" || id === "neither" ? { pinned: true } : {}),
  });
  const [first, second] = pair.a === a ? [a, b] : [b, a];
  return placeKey({
    id: joinId("cmp", pair.tag, "quotes", slugify(speaker)),
    kind: "compare-coverage",
    skill: "comparing-coverage",
    prompt: `Which article quotes ${speaker} directly, in quotation marks${pair.tag ? ` (of ${first.source.outlet} and ${second.source.outlet})` : ""}?`,
    options: [
      option(
        `only-${slugify(first.source.outlet)}`,
        `Only ${first.source.outlet}`,
        first === a ? bSide : `${A} quotes ${speaker}. ${bSide}`,
        "Confuses which article contains which detail",
      ),
      option(
        `only-${slugify(second.source.outlet)}`,
        `Only ${second.source.outlet}`,
        second === a ? bSide : `${A} quotes ${speaker}. ${bSide}`,
        "Confuses which article contains which detail",
      ),
      option("both", "Both", bSide, "Assumes two articles on one story quote the same people"),
      option("neither", "Neither", `${A} quotes ${speaker}.`, "Misses a quotation in the text"),
    ],
    answer: [right],
    explanation:
      "Comparing coverage means noticing whose voices each outlet uses. An article can name a person without giving their words, and two articles on one story often quote different people.",
    evidence: [cite(a, quotesOf(a, surname)!), ...(inB ? [cite(b, inB)] : [])],
  });
}
