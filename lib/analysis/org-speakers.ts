import { ADVERB, cueAt, SPEECH_VERB } from "./cues";
import { cleanName } from "./names";
import { cleanOrg, isOrgName, ORG_KIND, ORG_RUN, OrgIndex } from "./orgs";
import type { Context, Speaker } from "./speaker-context";

/** A lower-case word before the noun: "the Dutch regulator", "the discount chain". */
const ADJ = String.raw`(?:[\p{Ll}-]+\s+){0,2}?`;
/** Groups: "the", a capitalised run, a kind ("the company"), "it" (tried first: "It" is also a capitalised run). */
const SUBJECT = String.raw`(?:\b([Ii]t)(?=\s)|(?:([Tt]he)\s+)?(${ORG_RUN})|[Tt]he\s+${ADJ}(${ORG_KIND}))`;

export function orgsOf(ctx: Context): OrgIndex {
  ctx.orgs ??= new OrgIndex(ctx.raw);
  return ctx.orgs;
}

/** A document or an outlet's piece as the subject of a verb of speech: "the report says", "the article read". */
const DOCUMENT_SPOKE = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Ii]ts)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:report|study|article|story|survey|memo|analysis|paper|letter|editorial|filing|audit|review|ruling|complaint|lawsuit)\\s+(?:${ADVERB}\\s+)*(?:${SPEECH_VERB}|read|reads)\\b`,
  "u",
);

/** What an organisation puts out, which speaks for it: "the Harbour Fund report stated". */
const DOCUMENT = String.raw`(?:report|study|memo|memorandum|analysis|statement|survey|audit|review|letter|filing|paper|ruling|release|press\s+release|website|brief)`;

/**
 * `," the IMF report stated`, `," as a Harbour Fund memo put it`: a document an organisation
 * names as its own is the organisation speaking; a person's ("the Hale memo") is left alone.
 */
function orgDocument(ctx: Context, run: string): string | null {
  const name = cleanOrg(run);
  const person = cleanName(run);
  if (person && ctx.people.isKnown(person) && !isOrgName(name)) return null;
  return /^\p{Lu}/u.test(name) ? (orgsOf(ctx).fullest(name) ?? name) : null;
}
const DOCUMENT_SUBJECT = String.raw`(?:[Tt]he|[Aa]n?)\s+(${ORG_RUN})(?:[’']s)?\s+(?:new\s+|latest\s+|annual\s+|final\s+)?${DOCUMENT}`;

/** After a quote: `," the company said in a statement`, `," said the ministry`. */
export function orgAfter(ctx: Context, rest: string, base: number): Speaker | null {
  const document = new RegExp(`^(?:as\\s+)?${DOCUMENT_SUBJECT}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`, "u").exec(
    rest,
  );
  const author = document && orgDocument(ctx, document[1]!);
  if (author) return { name: author, cue: cueAt(rest, document![0].length) };
  const subjectFirst = new RegExp(`^${SUBJECT}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`, "u").exec(rest);
  if (subjectFirst) {
    const org = organisation(ctx, subjectFirst.slice(1, 5), base, /^\S+/.exec(rest.slice(subjectFirst[0].length))?.[0]);
    if (org) return { name: org.name, cue: cueAt(rest, subjectFirst[0].length) };
  }
  const verbFirst = new RegExp(`^(${SPEECH_VERB})\\s+${SUBJECT}(?=[\\s,.;:]|$)`, "u").exec(rest);
  // (`," saying the city embodied …`: a participle's object is no speaker.)
  if (verbFirst && !/ing$/.test(verbFirst[1]!)) {
    const org = organisation(ctx, verbFirst.slice(2, 6), base, verbFirst[1]!);
    if (org) return { name: org.name, cue: verbFirst[1]!.replace(/\s+/g, " ") };
  }
  return null;
}

/** Before a quote: `The Royal College of Nursing said in a statement: ‘…’`, the subject right before the verb. */
export function orgBefore(ctx: Context, head: string, text: string, verbAt: number, base: number): Speaker | null {
  const document = new RegExp(`(?:^|[^\\p{L}’'])${DOCUMENT_SUBJECT}\\s+(?:${ADVERB}\\s+)*$`, "u").exec(head);
  const author = document && orgDocument(ctx, document[1]!);
  if (author) return { name: author, cue: cueAt(text, verbAt) };
  const m = new RegExp(`(?:^|[^\\p{L}’'])${SUBJECT}\\s+(?:${ADVERB}\\s+)*$`, "u").exec(head);
  const org = m && organisation(ctx, m.slice(1, 5), base + m.index);
  return org ? { name: org.name, cue: cueAt(text, verbAt) } : null;
}

/**
 * An organisation as the subject: named ("the Army Corps of Engineers"; a capitalised name after
 * "the" is no person: "the Kremlin", "the White House"), or referred back to ("the company" →
 * the company the article named last), or "it". Null when the subject is no organisation;
 * `{ name: null }` when "the company" has no name in the article.
 */
function organisation(
  ctx: Context,
  [it, the, run, kind]: (string | undefined)[],
  at: number,
  verb = "",
): { name: string | null } | null {
  if (run) {
    const name = cleanOrg(run);
    const person = cleanName(run);
    // A known person, or a title taken off ("the Rev. Al Sharpton"), is no organisation.
    if (person && (ctx.people.isKnown(person) || person !== name) && !isOrgName(name)) return null;
    // "Ana Ruiz of the University of Dover": a person the article names, then where they work.
    const of = /^(.+?)[ \u00a0]+(?:of|for|at)[ \u00a0]/u.exec(name);
    const head = of && !isOrgName(of[1]!) ? cleanName(of[1]!) : null;
    if (head && head.includes(" ") && ctx.people.isNamed(head)) {
      ctx.people.add(head);
      return { name: ctx.people.fullest(head) };
    }
    // `," reported Dispatchwire`: what reports is a news organisation, whatever its name.
    const outlet = /^report(?:s|ed)$/.test(verb) && !ctx.people.isNamed(name);
    return isOrgName(name) || orgsOf(ctx).has(name) || the || outlet ? { name } : null;
  }
  if (kind) return { name: orgsOf(ctx).refer(kind, at) };
  // "it said": the organisation named last, if one was named in the last paragraph or two, outside
  // quoted words (`“Ana Ruiz, the developer, …,” it added` names no organisation that speaks).
  if (it) {
    const inQuote = (i: number) => ctx.quoted.some((q) => i >= q.start && i < q.end);
    const m = orgsOf(ctx).mentionFor("", at, at - 600, inQuote);
    // `… the report says. It also points out …`: a document that spoke since is what "it" is.
    if (m && DOCUMENT_SPOKE.test(ctx.raw.slice(m.at + m.name.length, at).replace(/["“”‘’']/g, " ")))
      return { name: null };
    return { name: m?.name ?? null };
  }
  return null;
}

/** What "it" as a speaker at `at` refers to: an organisation the article named just before, or nobody named. */
export function itSpeaker(ctx: Context, at: number): string | null {
  return organisation(ctx, ["it"], at)?.name ?? null;
}
