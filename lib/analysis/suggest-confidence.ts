import type { QuestionInput } from "@/lib/content/schema";

/**
 * How sure the suggester is that a draft's key is right: 1 when every step that made it was
 * plain, lowered by a factor for each thing that could have gone wrong, each with a reason a
 * teacher can check against the text ("the speaker is named only by "she" here").
 */
export type Check = { confidence: number; reasons: string[] };

/** A draft question with the evidence for its key (its `evidence`), its confidence and the reasons that lowered it. */
export type Suggestion = { question: QuestionInput } & Check;

/** From here up a draft is suggested as it is. */
export const SUGGEST_THRESHOLD = 0.7;
/** From here up to the main threshold a draft is suggested with "Check this: <reason>"; below, not at all. */
export const CHECK_THRESHOLD = 0.5;

export type SuggestionStatus = "suggested" | "check" | "below-threshold";

export const statusOf = (confidence: number): SuggestionStatus =>
  confidence >= SUGGEST_THRESHOLD ? "suggested" : confidence >= CHECK_THRESHOLD ? "check" : "below-threshold";

/**
 * What each doubt costs (the confidence is the product of the factors that apply). One doubt
 * leaves a draft suggested; a doubt about the speaker's name and its distance, or a date counted
 * from an event, brings it to "Check this"; three doubts, or anything the text contradicts, drop
 * it. Documented in docs/analysis.md, "Confidence".
 */
export const FACTORS = {
  /** "she said": the name is not in the quote's sentence. */
  pronoun: 0.85,
  /** "she said" where the speaker's gender is not known and another woman is named before the quote. */
  pronounAmbiguous: 0.6,
  /** "she said" where another woman is named between the speaker and the quote. */
  pronounRival: 0.8,
  /** "the senator said". */
  role: 0.85,
  /** "they said" for one person: "they" may be several people. */
  pluralPronoun: 0.6,
  /** No attribution in the sentence at all: the speaker comes from the context. */
  context: 0.75,
  /** A line of a "Q:"/"A:" interview, whose speakers the introduction names (no distance counted). */
  interview: 0.9,
  /** The name was last given two or more paragraphs before the quote. */
  distant: 0.75,
  /** The name is not given before the quote at all. */
  notBefore: 0.7,
  /** A cue verb other than the usual ones ("quipped", "called", "believes"). */
  unusualCue: 0.85,
  /** A quote that runs over paragraphs. */
  runsOver: 0.85,
  /** A date counted from the publication date ("on Wednesday", "yesterday"). */
  relativeDate: 0.9,
  /** A date counted from another date the text gives: "two days later" after "on March 3", "yesterday" in words dated "(November 24, 2025)". */
  countedFromDate: 0.8,
  /** A date counted from an event the text dates elsewhere ("two days after the election", the election "Nov. 3"). */
  countedFromEvent: 0.65,
  /** A relative date with no publication date given: counted from a date found at the top of the page. */
  guessedAnchor: 0.6,
  /** An organisation as the key among people, with no other organisation to offer: the options give the key away. */
  keyOfAnotherKind: 0.6,
  /** Two options a student could confuse for reasons other than the reading skill (a shared surname, near-identical spelling). */
  similarOptions: 0.8,
} as const;

export const sure = (): Check => ({ confidence: 1, reasons: [] });

/** Something the text contradicts or a rule forbids: never suggested, shown only with `--all`. */
export const blocked = (reason: string): Check => ({ confidence: 0, reasons: [reason] });

export const lower = (check: Check, factor: number, reason: string): Check =>
  check.reasons.includes(reason)
    ? check
    : { confidence: check.confidence * factor, reasons: [...check.reasons, reason] };

/** Doubts that each apply: the product of the confidences, every reason once. */
export function combine(...checks: Check[]): Check {
  return checks.reduce(
    (all, c) => ({
      confidence: all.confidence * c.confidence,
      reasons: [...all.reasons, ...c.reasons.filter((r) => !all.reasons.includes(r))],
    }),
    sure(),
  );
}

/** The weakest of several (a highlight item is as sure as its least sure sentence). */
export function weakest(checks: Check[]): Check {
  const worst = checks.reduce((w, c) => (c.confidence < w.confidence ? c : w), sure());
  return { confidence: worst.confidence, reasons: [...new Set(checks.flatMap((c) => c.reasons))] };
}

export const suggestion = (question: QuestionInput, check: Check = sure()): Suggestion => ({
  question,
  confidence: Math.round(check.confidence * 100) / 100,
  reasons: check.reasons,
});

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .split(/\s+/)
    .filter(Boolean);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

const looksLikeName = (s: string) => /^\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){1,3}$/u.test(s);

/**
 * Options a student could confuse for reasons other than the reading skill: two people with one
 * surname ("Ann Baker", "Tom Baker"), or two options spelled almost alike. A group and one of its
 * members are meant to be told apart and do not count.
 */
export function optionsCheck(q: QuestionInput): Check {
  if (q.kind === "highlight") return sure();
  const texts = q.options.map((o) => o.text);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      // Dates a day apart are distractors by design, not misspellings.
      if (!/\d/.test(x + y) && x.length >= 5 && y.length >= 5 && editDistance(x, y) <= 2)
        return lower(sure(), FACTORS.similarOptions, `options too similar: "${a}" and "${b}"`);
      if (looksLikeName(a) && looksLikeName(b) && words(a).at(-1) === words(b).at(-1))
        return lower(sure(), FACTORS.similarOptions, `options too similar: "${a}" and "${b}" share a surname`);
    }
  }
  return sure();
}
