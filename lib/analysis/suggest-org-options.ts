import { isOrgName, OrgIndex } from "./orgs";
import { looksLikePerson } from "./person-like";
import { isOutletItself } from "./suggest-self-citation";
import { escapeRegExp } from "./text";
import type { Analysis } from "./types";

export type WrongOption = { name: string; misconception: string; feedback: string };

/**
 * Options for a who-said question whose key is an organisation (a department whose memo is
 * quoted): people beside it would give the key away, so its distractors are other organisations,
 * those that speak elsewhere in the article first, never one that shares a name's word with the
 * key ("Harbour Security Investigations" beside "Harbour Security").
 */
export function organisationOptions(
  raw: string,
  analysis: Pick<Analysis, "quotes">,
  outlets: Set<string>,
  source: { outlet: string; author?: string | null },
) {
  const orgIndex = new OrgIndex(raw);
  const isOrganisation = (name: string) => isOrgName(name) || orgIndex.has(name);
  const speaking = [
    ...new Set(analysis.quotes.flatMap((q) => (q.speaker && !q.speakers?.length ? [q.speaker] : []))),
  ].filter(isOrganisation);
  // "Investment Coalition" out of "the Dover Investment Coalition": a name found only after another
  // capitalised word or a number is cut short.
  const cutShort = (name: string) =>
    [...raw.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, "gu"))].every((m) =>
      /(?:^|[^\p{L}\d])(?!(?:The|A|An)\s)[\p{Lu}\d][\p{L}\d.&-]*\s+$/u.test(
        raw.slice(Math.max(0, m.index - 40), m.index),
      ),
    );
  const organisations = [
    ...new Set([...speaking, ...orgIndex.names()].map((name) => name.replace(/^(?:A|An|The)\s+/, ""))),
  ].filter((name) => !outlets.has(name) && !isOutletItself(name, source.outlet, source.author) && !cutShort(name));

  return {
    /** Whether a key is no person: an organisation, or a name that does not read as a person's. */
    notPerson: (name: string) => isOrganisation(name) || !looksLikePerson(name, raw),
    /** The distractors for an organisation's key; fewer than two, and the question is checked instead. */
    distractorsFor(key: string): WrongOption[] {
      const others = organisations
        .filter((name) => !related(name, key))
        // Of one body named twice ("Immigration Services", "… Citizenship and Immigration Services"), the fullest name.
        .filter((name, i, all) =>
          all.every(
            (n, j) => n === name || !related(n, name) || n.length < name.length || (n.length === name.length && j > i),
          ),
        );
      return others.map((name) =>
        speaking.includes(name)
          ? {
              name,
              misconception: "Guesses the speaker from the topic instead of the attribution",
              feedback: `${name} is quoted elsewhere in the article, not here.`,
            }
          : {
              name,
              misconception: "Confuses an organisation mentioned with the one speaking",
              feedback: `${name} is mentioned in the article but does not say these words.`,
            },
      );
    },
  };
}

const nameWords = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !isOrgName(w));

/** One name inside the other, or a shared word of a name ("Harbour Security" and "Harbour Security Investigations"). */
function related(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x) || nameWords(a).some((w) => nameWords(b).includes(w));
}
