import type { QuestionInput } from "@/lib/content/schema";
import { suggestion, type Suggestion } from "./suggest-confidence";
import { placeKey, shorten, slugify } from "./suggest-drafts";
import {
  cite,
  isOwnVoice,
  mentions,
  speakerOf,
  surnameOf,
  usesWordOrKin,
  type Sentence,
  type SourceReading,
} from "./suggest-reading";
import type { Span } from "./types";

type Option = QuestionInput["options"][number];
/** What only one article names: a person, a proper noun or a figure, and how to say so. */
type Term = { word: string; label: string };

const PER_SOURCE = 2;
const NOT_TERMS = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/**
 * "Which outlet says …?" for claims that only one of the lesson's articles makes: a sentence, or
 * a direct quote, whose key name or figure the other articles never use. Options are the lesson's
 * outlets, in an order drawn from the question, then "Both" and "Neither", pinned last, which are
 * false by the text and offered as such.
 */
export function outletAttributionQuestions(readings: SourceReading[]): Suggestion[] {
  if (new Set(readings.map((r) => r.source.outlet)).size < readings.length) return [];
  return readings.flatMap((r) => {
    const others = readings.filter((o) => o !== r);
    return [...claimQuestions(r, others, readings).map((q) => suggestion(q)), ...quoteQuestions(r, others, readings)];
  });
}

function distinctiveTerm(r: SourceReading, s: Sentence, others: SourceReading[]): Term | null {
  const absent = (word: string) => others.every((o) => !usesWordOrKin(o.source.body, word));
  const people = r.people
    .everyone()
    .filter((p) => /^\p{Lu}[\p{L}’'-]+$/u.test(surnameOf(p)) && mentions(s.text, surnameOf(p)));
  const person = people.find((p) => absent(surnameOf(p)));
  if (person) return { word: surnameOf(person), label: person };
  const nameParts = new Set(people.flatMap((p) => p.toLowerCase().split(" ")));
  const proper = [...s.text.matchAll(/\p{Lu}[\p{L}-]{3,}/gu)].find(
    (m) =>
      m.index > 0 &&
      !nameParts.has(m[0].toLowerCase()) &&
      !NOT_TERMS.has(m[0].toLowerCase()) &&
      !mentions(r.source.body.replace(new RegExp(m[0], "g"), ""), m[0]) &&
      absent(m[0]),
  );
  if (proper) return { word: proper[0], label: proper[0] };
  const inDate = (at: number) => r.analysis.dates.some((d) => at >= d.start && at < d.end);
  const figure = [...s.text.matchAll(/\d[\d,.]*\d|\d/g)].find(
    (m) => !inDate(s.start + m.index) && others.every((o) => !mentions(o.source.body, m[0])),
  );
  return figure ? { word: figure[0], label: `the figure ${figure[0]}` } : null;
}

type Feedback = {
  right: string;
  wrong: (other: SourceReading) => string;
  both: string;
  neither: string;
  missed: string;
};

function outletOptions(readings: SourceReading[], owner: SourceReading, fb: Feedback): Option[] {
  const two = readings.length === 2;
  return [
    ...readings.map((o): Option =>
      o === owner
        ? { id: slugify(o.source.outlet), text: o.source.outlet, feedback: `Right. ${fb.right}` }
        : {
            id: slugify(o.source.outlet),
            text: o.source.outlet,
            feedback: fb.wrong(o),
            misconception: "Confuses which article contains which detail",
          },
    ),
    {
      id: two ? "both" : "several",
      text: two ? "Both" : "More than one of them",
      feedback: fb.both,
      misconception: "Assumes articles on one story report the same things",
      pinned: true,
    },
    {
      id: two ? "neither" : "none",
      text: two ? "Neither" : "None of them",
      feedback: fb.neither,
      misconception: fb.missed,
      pinned: true,
    },
  ];
}

function claimQuestions(r: SourceReading, others: SourceReading[], readings: SourceReading[]): QuestionInput[] {
  const outlet = r.source.outlet;
  const rank = (t: Term) => (t.label === t.word ? 1 : t.label.startsWith("the figure") ? 2 : 0);
  const candidates = r.sentences
    .filter(
      (s) =>
        s.usable &&
        s.attributions.length === 0 &&
        s.quotes.every((q) => q.kind === "indirect") &&
        s.text.split(/\s+/).length >= 8,
    )
    .flatMap((s) => {
      const term = distinctiveTerm(r, s, others);
      return term && shorten(s.text, 30).includes(term.word) ? [{ s, term }] : [];
    })
    .sort(
      (a, b) =>
        rank(a.term) - rank(b.term) || Number(isOwnVoice(b.s)) - Number(isOwnVoice(a.s)) || a.s.index - b.s.index,
    );
  return candidates.slice(0, PER_SOURCE).map(({ s, term }) =>
    placeKey({
      id: `says-${slugify(shorten(s.text, 5))}`,
      kind: "outlet-attribution",
      skill: "who-reported",
      prompt: `Which outlet says: "${shorten(s.text, 30).replace(/\.$/, "")}"?`,
      options: outletOptions(readings, r, {
        right: `The sentence is ${outlet}'s; no other article mentions ${term.label}.`,
        wrong: (o) => `${o.source.outlet} never mentions ${term.label}. The sentence is ${outlet}'s.`,
        both: `Only ${outlet} says this: ${others.map((o) => o.source.outlet).join(" and ")} never ${others.length === 1 ? "mentions" : "mention"} ${term.label}.`,
        neither: `${outlet} says it, in these words.`,
        missed: isOwnVoice(s)
          ? "Misses a claim stated in the outlet's own voice"
          : "Misses a claim the outlet makes about what someone said or did",
      }),
      answer: [slugify(outlet)],
      explanation: `Outlets choose what to report. Only ${outlet} mentions ${term.label}, so this is ${outlet}'s claim alone: the other coverage neither confirms nor denies it. Notice that before repeating it.`,
      evidence: [cite(r, s)],
    }),
  );
}

/** Letters and digits only, so a quote matches whatever marks and spacing another outlet uses. */
const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

function quoteQuestions(r: SourceReading, others: SourceReading[], readings: SourceReading[]): Suggestion[] {
  const outlet = r.source.outlet;
  // The prompt names the speaker: only a quote whose speaker a question may name (a group as one).
  const found = r.analysis.quotes
    .flatMap((q) => {
      const who = q.kind === "direct" ? speakerOf(r, q) : null;
      return who &&
        q.text.split(/\s+/).length >= 4 &&
        others.every((o) => !squeeze(o.source.body).includes(squeeze(q.text)))
        ? [{ quote: q, who }]
        : [];
    })
    .sort((a, b) => b.quote.text.length - a.quote.text.length)[0];
  if (!found) return [];
  const { quote, who } = found;
  const speaker = who.label;
  const sentence = r.sentences.find((s) => s.usable && quote.start >= s.start && quote.end <= s.end + 1);
  const span: Span = sentence ?? quote;
  const namesOf = (o: SourceReading) => who.members.filter((m) => mentions(o.source.body, surnameOf(m))).map(surnameOf);
  const notQuoted = (o: SourceReading) => {
    const named = namesOf(o);
    return named.length > 0
      ? `${o.source.outlet} mentions ${named.join(" and ")} but does not quote these words.`
      : `${o.source.outlet} never mentions ${speaker}.`;
  };
  return [
    suggestion(
      placeKey({
        id: `quotes-${slugify(shorten(quote.text, 5))}`,
        kind: "outlet-attribution",
        skill: "who-reported",
        prompt: `Which outlet quotes ${speaker}: "${shorten(quote.text, 16)}"?`,
        options: outletOptions(readings, r, {
          right: `${outlet} prints these words as ${speaker}'s.`,
          wrong: notQuoted,
          both: `Only ${outlet} prints these words; ${others.map(notQuoted).join(" ")}`,
          neither: `${outlet} quotes them.`,
          missed: "Misses a quotation in the text",
        }),
        answer: [slugify(outlet)],
        explanation: `A quotation belongs to the article that prints it: ${outlet} gives these words to ${speaker}. Printing a quote is not the same as agreeing with it.`,
        evidence: [cite(r, span)],
      }),
      who.check,
    ),
  ];
}
