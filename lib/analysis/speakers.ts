import nlp from "compromise";
import { ADVERB, ASIDE, cueAt, SPEECH_VERB } from "./cues";
import { cleanName, NAME_RUN, type PersonIndex } from "./names";
import { orgAfter, orgBefore, orgsOf } from "./org-speakers";
import type { OrgIndex } from "./orgs";
import { roleAfter, roleBefore } from "./roles";
import { antecedent, type Gender, type Referent } from "./pronouns";
import type { Span } from "./types";

/** `weak`: taken from the context (the paragraph before), not from the quote's own sentence. */
export type Speaker = { name: string | null; cue: string; pronoun?: boolean; weak?: boolean };

const PRONOUN = String.raw`(?:he|she|they|He|She|They)`;
const PREPOSITION_BEFORE = /(?:\b(?:of|by|with|to|for|from|about|against|on|in|at|into|over|between|than|like|met|meet|meeting)\s+)$/i;

/** Context the resolvers need: the article, its people, and spans where names do not count. */
export type Context = { raw: string; people: PersonIndex; quoted: Span[]; genders?: Map<string, Gender>; orgs?: OrgIndex };

const insideQuote = (ctx: Context, i: number) => ctx.quoted.some((q) => i >= q.start && i < q.end);

/** The most recent person named before `offset` (outside quotes): what "he said" refers to. */
export function lastPersonBefore(ctx: Context, offset: number, floor = 0): string | null {
  const text = ctx.raw.slice(floor, offset);
  const re = new RegExp(NAME_RUN, "gu");
  let found: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (insideQuote(ctx, floor + m.index)) continue;
    for (const part of splitRun(m[0])) {
      const name = cleanName(part);
      if (name && ctx.people.isKnown(name)) found = ctx.people.fullest(name);
    }
  }
  return found;
}

/** "Trump and Putin" is one capitalised run only when written without "and"; split at commas. */
function splitRun(run: string): string[] {
  return run.split(/,\s*/);
}

/**
 * Who a subject is: a pronoun's antecedent (possibly someone unnamed), else the fullest form of
 * the name; null when the subject is not a speaker at all ("Critics").
 */
export function resolveSubject(ctx: Context, who: string, at: number): Referent | null {
  if (new RegExp(`^${PRONOUN}$`).test(who)) return antecedent(ctx, at, who);
  const name = cleanName(who);
  if (!name) return null;
  // "Critics said", "Officials say": a plural common noun, not a person.
  if (!name.includes(" ") && !ctx.people.isKnown(name) && nlp(name).has("#Plural")) return null;
  // An organisation the article describes as one ("Brightmart, the retail chain") is no person for "he said".
  if (orgsOf(ctx).has(name)) return { name };
  ctx.people.add(name);
  return { name: ctx.people.fullest(name) };
}

/** After a quote: `," Trump said`, `," said Trump`, `," he said`, `, according to Bloomberg`. */
export function speakerAfter(ctx: Context, text: string, base: number): Speaker | null {
  const lead = /^[\s,.;:!?\u2014\u2013-]*/u.exec(text)![0].length;
  const rest = text.slice(lead);
  const described = roleAfter(ctx, rest, base) ?? orgAfter(ctx, rest, base);
  if (described) return described;
  const subjectFirst = new RegExp(`^(${NAME_RUN}|${PRONOUN})${ASIDE}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`, "u").exec(rest);
  if (subjectFirst) {
    const who = resolveSubject(ctx, subjectFirst[1]!, base);
    if (who) return { name: who.name, cue: cueAt(rest, subjectFirst[0].length) };
  }
  // `," said Jane Doe`, `," said union leader Ana Ruiz` (a lower-case title, not "said in Washington").
  const verbFirst = new RegExp(`^(${SPEECH_VERB})\\s+(?:(?!(?:in|on|at|of|for|from|to|by|with|after|before|during|the|an?|and|but|that|this)\\b)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(${NAME_RUN})`, "u").exec(rest);
  if (verbFirst) {
    const name = resolveSubject(ctx, verbFirst[2]!, base)?.name;
    if (name) return { name, cue: verbFirst[1]!.replace(/\s+/g, " ") };
  }
  // `," a spokesperson for the company said`: attributed, to nobody the article names.
  const unnamed = new RegExp(`^(?:an?|the)\\s+[^,.;"“”]{1,60}?\\s+(?:${ADVERB}\\s+)*(${SPEECH_VERB})\\b`, "u").exec(rest);
  if (unnamed) return { name: null, cue: cueAt(rest, unnamed[0].length - unnamed[1]!.length) };
  const according = new RegExp(`^according\\s+to\\s+(${NAME_RUN})`, "iu").exec(rest);
  if (according) {
    const name = resolveSubject(ctx, according[1]!, base)?.name;
    if (name) return { name, cue: "according to" };
  }
  return null;
}

/** Later in the same sentence: `is developing a "workable solution" …, President Zelensky said in a post`. */
export function speakerLaterInSentence(ctx: Context, text: string, base: number): Speaker | null {
  const re = new RegExp(`(?:^|[,;]\\s+|\\s)(${NAME_RUN}|${PRONOUN})\\s+(?:${ADVERB}\\s+)*(?=(${SPEECH_VERB})\\b)`, "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (PREPOSITION_BEFORE.test(text.slice(0, m.index + m[0].indexOf(m[1]!)))) continue;
    const who = resolveSubject(ctx, m[1]!, base + m.index);
    if (who) return { name: who.name, cue: cueAt(text, at) };
  }
  return null;
}

/**
 * Before a quote, in its clause: `Carlson asked him: "…"`, `Leavitt also said Trump was a "…"`.
 * The speaker is the subject of the last speech verb: the name right before it, else the
 * first name of the clause that is not the object of a preposition ("a friend of Vance").
 */
export function speakerBefore(ctx: Context, text: string, base: number): Speaker | null {
  // "in Whitfield's words", "in the words of …", "according to Lena Vos," right before the quote.
  const words = new RegExp(`\\b(?:in\\s+(?:(${NAME_RUN})[’']s\\s+(?:own\\s+)?words|the\\s+words\\s+of\\s+(${NAME_RUN}))|[Aa]ccording\\s+to\\s+(${NAME_RUN})),?\\s*$`, "u").exec(text);
  if (words) {
    const name = resolveSubject(ctx, (words[1] ?? words[2] ?? words[3])!, base + words.index)?.name;
    if (name) return { name, cue: words[0].trim().replace(/,$/, "") };
  }
  const verbs = [...text.matchAll(new RegExp(`\\b${SPEECH_VERB}\\b`, "gu"))];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    const head = text.slice(0, verb.index);
    const described = roleBefore(ctx, head, text, verb.index!, base) ?? orgBefore(ctx, head, text, verb.index!, base);
    if (described) return described;
    const direct = new RegExp(`(${NAME_RUN}|${PRONOUN})(?:[’']s)?(${ASIDE})\\s+(?:${ADVERB}\\s+)*$`, "u").exec(head);
    const lead = head.slice(0, direct?.index ?? 0);
    // With an aside ("X, who …, said") the name must open its clause: not "a hospital in the Midlands, who …".
    if (direct && !PREPOSITION_BEFORE.test(lead) && (!direct[2] || /(?:^|[.;:,!?]\s*|\b(?:and|but)\s+)$/u.test(lead))) {
      const who = resolveSubject(ctx, direct[1]!, base + direct.index);
      if (who) return { name: who.name, cue: cueAt(text, verb.index!) };
    }
    if (new RegExp(`\\bwho\\s+(?:${ADVERB}\\s+)*$`, "u").test(head)) return { name: null, cue: cueAt(text, verb.index!) };
    // "The dealer, she said, had told officers …": a subject the article does not name.
    if (new RegExp(`(?:^|[.;:!?]\\s+)[Tt]he\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*${ASIDE}\\s+(?:${ADVERB}\\s+)*$`, "u").test(head)) return { name: null, cue: cueAt(text, verb.index!) };
    // "A ministry spokesman added:", "One resident said": someone the article does not name.
    // "One resident, who did not want to be named, said" (but "A spokesman, Luis Ferrer, said" names him).
    if (new RegExp(`(?:^|[,;:.]\\s*|\\s)(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}’'-]+\\s+){0,8}?(?:[\\p{L}’'-]+,(?!\\s*\\p{Lu})[^,;:"“”]{1,80},\\s+)?(?:${ADVERB}\\s+)*$`, "u").test(head)) return { name: null, cue: cueAt(text, verb.index!) };
    const names = [...head.matchAll(new RegExp(`(${NAME_RUN})`, "gu"))].filter((m) => !PREPOSITION_BEFORE.test(head.slice(0, m.index)));
    for (const m of names) {
      const name = cleanName(m[1]!);
      if (name && ctx.people.isKnown(name)) return { name: ctx.people.fullest(name), cue: cueAt(text, verb.index!) };
    }
  }
  return null;
}
