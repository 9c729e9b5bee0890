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
    // `," reported Dispatchwire`: what reports is a news organisation, whatever its name.
    const outlet = /^report(?:s|ed)$/.test(verb) && !ctx.people.isNamed(name);
    return isOrgName(name) || orgsOf(ctx).has(name) || the || outlet ? { name } : null;
  }
  if (kind) return { name: orgsOf(ctx).refer(kind, at) };
  // "it said": the organisation named last, if one was named in the last paragraph or two.
  if (it) return { name: orgsOf(ctx).refer("", at, at - 600) };
  return null;
}

/** After a quote: `," the company said in a statement`, `," said the ministry`. */
export function orgAfter(ctx: Context, rest: string, base: number): Speaker | null {
  const subjectFirst = new RegExp(`^${SUBJECT}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`, "u").exec(rest);
  if (subjectFirst) {
    const org = organisation(ctx, subjectFirst.slice(1, 5), base, /^\S+/.exec(rest.slice(subjectFirst[0].length))?.[0]);
    if (org) return { name: org.name, cue: cueAt(rest, subjectFirst[0].length) };
  }
  const verbFirst = new RegExp(`^(${SPEECH_VERB})\\s+${SUBJECT}(?=[\\s,.;:]|$)`, "u").exec(rest);
  if (verbFirst) {
    const org = organisation(ctx, verbFirst.slice(2, 6), base, verbFirst[1]!);
    if (org) return { name: org.name, cue: verbFirst[1]!.replace(/\s+/g, " ") };
  }
  return null;
}

/** Before a quote: `The Royal College of Nursing said in a statement: ‘…’`, the subject right before the verb. */
export function orgBefore(ctx: Context, head: string, text: string, verbAt: number, base: number): Speaker | null {
  const m = new RegExp(`(?:^|[^\\p{L}’'])${SUBJECT}\\s+(?:${ADVERB}\\s+)*$`, "u").exec(head);
  const org = m && organisation(ctx, m.slice(1, 5), base + m.index);
  return org ? { name: org.name, cue: cueAt(text, verbAt) } : null;
}
