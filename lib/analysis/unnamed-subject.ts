import nlp from "compromise";
import { ADVERB } from "./cues";
import { NAME_RUN } from "./names";
import { isVerbAfterSubject } from "./verb-after-subject";

/**
 * What opens a noun phrase for people the article does not name: a possessive ("His aides", "the
 * mayor's critics", "Reid's relatives"), a quantifier or a number ("Several groups", "63 percent",
 * "Many voters"), or "the" before a plural ("The protesters").
 */
const DETERMINER = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]everal|[Mm]any|[Ss]ome|[Mm]ost|[Oo]ther|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Ff]ew|[Aa]\s+few|[Tt]he|\d[\d,.]*|${NAME_RUN}[’']s)`;

/**
 * The subject phrase with exactly `n` modifiers, its head, an aside ("…, including his wife,"),
 * adverbs and the verb; one pattern per count, as the head is whichever word fits.
 */
const SUBJECTS = [0, 1, 2, 3].map(
  (n) =>
    new RegExp(
      String.raw`^\s*${DETERMINER}\s+((?:[\p{Ll}-]+\s+){${n}})(\p{Ll}[\p{Ll}-]*)(,[^,"“”]{1,80},)?\s+(?:(?:${ADVERB}|\p{Ll}+ly)\s+)*(\p{Ll}[\p{Ll}-]*)\b`,
      "u",
    ),
);

/** A plural head noun for people or groups ("surrogates", "groups", "relatives"), or a share ("percent"). */
function pluralHead(head: string, modifiers: string): boolean {
  if (head === "percent") return true;
  // "Her campaign manager" or "the first time" are singular; compromise tags plurals it knows.
  const tagged = nlp(`${modifiers}${head}`).terms().last();
  return tagged.has("#Plural") && !tagged.has("#Verb") && /s$/.test(head);
}

/** A sentence that opens with a phrase of place or time: "At the convention in Dover", "In May". */
const BARE_INTRO = /^\s*(?:In|At|On|During|After|Before|Since|Until|Throughout|Within|Across|Amid|Outside|Inside)\s/u;

/**
 * Where a possessive subject may start after an introductory phrase with no comma: `At the
 * convention in Dover his aides forced a change, calling for "…"`, `In Dover her staff rewrote
 * the plan`. Only "his", "her", "their", "its" open it there: a determiner such as "the" would
 * also start the phrase's own nouns.
 */
function afterBareIntro(before: string): number[] {
  if (!BARE_INTRO.test(before)) return [];
  const clause = /^[^,;:"“”‘]*/u.exec(before)![0];
  return [...clause.matchAll(/\s(?=(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s)/gu)].map((m) => m.index + 1);
}

/**
 * The quote's clause opens with a subject the article does not name, a plural noun phrase with
 * a determiner, and a verb: `His surrogates called him “a genius”`, `Several groups granted the
 * company an extension, saying its “capital was less than expected.”`, `63 percent said she was
 * “justified”`. The words are theirs, so no person named earlier in the article is the speaker.
 * `before` is the text from the start of the quote's sentence to its opening mark; the subject
 * may follow one or two introductory phrases ("In August, several groups …").
 */
export function opensWithUnnamedGroup(before: string): boolean {
  const commas = [...before.matchAll(/,\s+/gu)].slice(0, 2).map((c) => c.index + c[0].length);
  const starts = [0, ...commas, ...afterBareIntro(before)].filter(
    (at) => !/["“”‘]/u.test(before.slice(0, at)) && at <= 130,
  );
  return starts.some((at) => {
    return SUBJECTS.some((re) => {
      const m = re.exec(before.slice(at));
      if (!m) return false;
      const [, modifiers, head, aside, verb] = m as unknown as [string, string, string, string | undefined, string];
      // "Its member for the arts, Ana Ruiz, said": a name in apposition names the subject.
      if (aside && /^,\s*\p{Lu}/u.test(aside)) return false;
      return pluralHead(head, modifiers) && isVerbAfterSubject(verb);
    });
  });
}
