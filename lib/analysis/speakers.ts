import nlp from "compromise";
import { ADVERB, ASIDE, cueAt, SPEECH_VERB } from "./cues";
import { cleanName, isNotName, NAME_RUN } from "./names";
import { itSpeaker, orgAfter, orgBefore, orgsOf } from "./org-speakers";
import { cleanOrg, isOrgName } from "./orgs";
import { roleAfter, roleBefore } from "./roles";
import { antecedent, genderOf, type Gender, type Referent } from "./pronouns";
import type { Context, Speaker } from "./speaker-context";
import { opensWithUnnamedGroup } from "./unnamed-subject";

export type { Context, Speaker } from "./speaker-context";

/**
 * `weak`: taken from the context (the paragraph before), not from the quote's own sentence.
 * `members`: the speaker is a group ("Ann Baker and Carl Diaz"), `name` its members joined.
 */

const PRONOUN = String.raw`(?:he|she|they|He|She|They)`;
/**
 * Between a speaker and the verb: a party label, then up to two asides ("Rep. Jim Jordan (R-Ohio),
 * an oversight panel member, said", "Scott Pruitt, the attorney general of Oklahoma, one of the
 * states suing, said", "Ruiz, 44, said").
 */
export const SPEAKER_ASIDE = String.raw`(?:\s*\([^()]{1,40}\))?(?:,[^,"“”]{1,120},(?:[^,"“”]{1,80},)?)?`;
/** Lower-case words before a name, not a preposition, an article or a conjunction: "union leader", "9/11 widow", "panel Chairman" (not "without Hale", "also attacked businessman Hale"). */
export const LOWER_TITLE = String.raw`(?:(?!(?:in|on|at|of|for|from|to|by|with|without|within|against|about|over|under|despite|among|between|into|through|toward|towards|across|amid|like|unlike|than|after|before|during|the|an?|and|but|or|if|because|when|while|whom|whose|where|also|then|that|this|who|which)\b)[\p{Ll}\d][\p{Ll}\d/-]*\s+)`;
/** An outlet or organisation before a lower-case title: "MSNBC host Chris Matthews", "Fox News anchor …". */
export const AFFILIATION = String.raw`(?:${NAME_RUN}\s+(?=\p{Ll}))`;
const PREPOSITION_TAIL =
  /(?:\b(?:of|by|with|to|for|from|about|against|on|in|at|into|over|between|than|like|met|meet|meeting)\s+)$/i;
/** Text that ends with a preposition, so that a name after it is its object; not "Secretary of State Madeleine Albright". */
const PREPOSITION_BEFORE = {
  test: (text: string) => PREPOSITION_TAIL.test(text) && !/\p{Lu}\p{L}*\s+of\s+$/u.test(text),
};

/**
 * "It" as the subject of the sentence's first verb, with no sentence end after it: "Meanwhile, it
 * attacked Hale, saying …" (not "It was", "It is": those open no report).
 */
const IT_FIRST = new RegExp(
  String.raw`(?:^\s*|[.;:!?]["”’]?\s+)(?:\p{Lu}\p{Ll}+,\s+)?[Ii]t\s+(?:${ADVERB}\s+)*(?!(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained|looks|looked|means|meant|takes|took|comes|came|goes|went|gets|got|makes|made)\b)\p{Ll}[\p{Ll}-]*(?:ed|s)\b[^.;:!?"“”]*$`,
  "u",
);

/** Context the resolvers need: the article, its people, and spans where names do not count. */

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

/** What may follow a member's name in a list: "(D-Md.)". */
const MEMBER_TAIL = String.raw`(?:[ \u00a0]*\([^()]{1,30}\))?`;
const MEMBER = `${NAME_RUN}${MEMBER_TAIL}`;
/** Two or more names joined by "and": "Ann Baker and Carl Diaz", "Baker, Diaz, Fox and Hill". */
export const GROUP_RUN = String.raw`${MEMBER}(?:,[ \u00a0]+${MEMBER})*,?[ \u00a0]+and[ \u00a0]+${MEMBER}`;
const SEPARATOR = /,?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+/gu;

/** One name of a list, as a person the article names or an organisation; null for "Yesterday", "In Iowa", "Parks". */
function member(ctx: Context, part: string): { name: string; org: boolean } | null {
  const run = part.replace(/[ \u00a0]*\([^()]*\)$/u, "").trim();
  if (!run || isNotName(run.split(/[ \u00a0]+/)[0]!)) return null;
  const org = cleanOrg(run);
  if (isOrgName(org) || orgsOf(ctx).has(org)) return { name: orgsOf(ctx).fullest(org) ?? org, org: true };
  const name = cleanName(run);
  return name && ctx.people.isNamed(name) ? { name, org: false } : null;
}

/**
 * Whether a list can be the subject after `lead`, the clause text before it: at the clause's
 * start, after a conjunction, as the apposition of a plural head ("Four senators, Ann Baker, …")
 * or after one ("Republican senators Ann Baker and …"); not the object of a verb or a preposition
 * ("Smith, who praised Jones, Brown and Green, said").
 */
function opensGroup(ctx: Context, lead: string): boolean {
  if (PREPOSITION_BEFORE.test(lead)) return false;
  if (
    /(?:^|[.;:!?…]["”’]?\s*|[—–(]\s*|\b(?:and|but|while|as|when|after|because|though|although|where|since|so|both)\s+)$/u.test(
      lead,
    )
  )
    return true;
  if (/,\s*$/u.test(lead)) {
    // A name before the comma that could start the list: the list is only complete with it, so it
    // begins after a verb ("praised Jones, …"), unless that name is the object of a preposition.
    const before = new RegExp(`(${MEMBER}),\\s*$`, "u").exec(lead);
    return !before || !member(ctx, before[1]!) || PREPOSITION_BEFORE.test(lead.slice(0, before.index));
  }
  const word = /(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(lead)?.[1];
  if (!word) return false;
  const tagged = nlp(word);
  return tagged.has("#Plural") && !tagged.has("#Verb");
}

/**
 * A group that speaks together, from a list of names joined by "and" ("Cummings and Conyers",
 * "Ann Baker, Carl Diaz and Eve Fox", "Bill and Hillary Clinton"), `lead` being the clause text
 * before the list. Leading parts that are no names ("Yesterday, Smith and Jones") are left out.
 * Null unless at least two members are people the article names or organisations and the list
 * opens its clause. The group is registered with the article's people under its name.
 */
export function groupSpeaker(ctx: Context, run: string, lead: string): { name: string; members: string[] } | null {
  const parts: { text: string; at: number }[] = [];
  let from = 0;
  for (const sep of run.matchAll(SEPARATOR)) {
    parts.push({ text: run.slice(from, sep.index), at: from });
    from = sep.index + sep[0].length;
  }
  parts.push({ text: run.slice(from), at: from });
  if (parts.length < 2) return null;
  // "Bill and Hillary Clinton": a first name alone takes the surname of the last member.
  const lastTokens = parts
    .at(-1)!
    .text.replace(/[ \u00a0]*\([^()]*\)$/u, "")
    .trim()
    .split(/[ \u00a0]+/);
  const found = parts.map((p, i) => {
    const one = member(ctx, p.text);
    if (one || i === parts.length - 1 || /[ \u00a0]/u.test(p.text.trim()) || lastTokens.length < 2) return one;
    // compromise does not know every first name ("Bill"): the last member's first name shows the pattern.
    const firstName =
      nlp(p.text).has("#FirstName") ||
      (nlp(lastTokens.at(-2)!).has("#FirstName") && !ctx.people.isNamed(p.text.trim()));
    return firstName ? member(ctx, `${p.text.trim()} ${lastTokens.at(-1)}`) : null;
  });
  let skip = 0;
  while (skip < found.length && !found[skip]) skip++;
  if (found.length - skip < 2 || found.slice(skip).some((m) => !m)) return null;
  if (!opensGroup(ctx, lead + run.slice(0, parts[skip]!.at))) return null;
  const names = [
    ...new Set(
      found.slice(skip).map((m) => {
        if (m!.org) return m!.name;
        ctx.people.add(m!.name);
        return ctx.people.fullest(m!.name);
      }),
    ),
  ];
  return names.length < 2 ? null : { name: ctx.people.addGroup(names), members: names };
}

/**
 * The latest group named (outside quotes, as a subject) in this paragraph or the one before, and
 * after the last person named alone: what "they" refers to when it names anyone.
 */
function groupBefore(ctx: Context, offset: number): string | null {
  const lines = [...ctx.raw.slice(0, offset).matchAll(/[^\r\n]*\S[^\r\n]*/g)];
  const floor = Math.max(lines.at(-2)?.index ?? 0, offset - 800);
  const text = ctx.raw.slice(floor, offset);
  let found: { name: string; end: number } | null = null;
  for (const m of text.matchAll(new RegExp(GROUP_RUN, "gu"))) {
    if (insideQuote(ctx, floor + m.index)) continue;
    const clause = text
      .slice(0, m.index)
      .split(/[.!?;:]["”’]?\s+(?=\S)/u)
      .at(-1)!;
    const group = groupSpeaker(ctx, m[0], clause);
    if (group) found = { name: group.name, end: m.index + m[0].length };
  }
  return found && !lastPersonBefore(ctx, offset, floor + found.end) ? found.name : null;
}

/**
 * Who a subject is: a pronoun's antecedent (possibly someone unnamed), else the fullest form of
 * the name; null when the subject is not a speaker at all ("Critics").
 */
export function resolveSubject(ctx: Context, who: string, at: number): Referent | null {
  // "they": a group named just before ("Baker and Diaz … they wrote"), else people the article does not name.
  if (/^they$/i.test(who)) return { name: groupBefore(ctx, at) };
  if (new RegExp(`^${PRONOUN}$`).test(who)) return antecedent(ctx, at, who);
  const name = cleanName(who);
  if (!name) return null;
  // "Critics said", "Officials say": a plural common noun, not a person.
  if (!name.includes(" ") && !ctx.people.isKnown(name) && nlp(name).has("#Plural")) return null;
  // An organisation the article describes as one ("Brightmart, the retail chain") is no person for "he said".
  if (orgsOf(ctx).has(name)) return { name };
  ctx.people.add(name);
  // "Mrs. Cruz" beside "Ted Cruz" and "Heidi Cruz": the one the title fits.
  const title = /\b(Mr|Mrs|Ms|Miss)\.?\s+\S+$/u.exec(who.trim());
  if (title && !name.includes(" ")) {
    const want: Gender = title[1] === "Mr" ? "m" : "f";
    const fits = ctx.people.everyone().filter((p) => p.split(" ").at(-1) === name && genderOf(ctx, p) === want);
    if (fits.length === 1) return { name: fits[0]! };
  }
  return { name: ctx.people.fullest(name) };
}

/** After a quote: `," Trump said`, `," said Trump`, `," he said`, `, according to Bloomberg`. */
export function speakerAfter(ctx: Context, text: string, base: number): Speaker | null {
  // `”― Pamela Ruiz` at the end of its paragraph: a name signs the quote (reader voices, epigraphs).
  const signed = new RegExp(`^[\\s,]*[―—–]\\s*(${NAME_RUN})\\.?\\s*$`, "u").exec(text);
  if (signed) {
    const name = resolveSubject(ctx, signed[1]!, base)?.name;
    if (name) return { name, cue: "" };
  }
  // A mark left over from a quote inside the quote (`''… 'old-school,''' said X`) stands first.
  const lead = /^['’]?[\s,.;:!?\u2014\u2013-]*/u.exec(text)![0].length;
  const rest = text.slice(lead);
  const described = roleAfter(ctx, rest, base) ?? orgAfter(ctx, rest, base);
  if (described) return described;
  // `," Cummings and Conyers wrote`, `," said Ann Baker and Carl Diaz`: a group.
  const groupFirst = new RegExp(`^(${GROUP_RUN})${SPEAKER_ASIDE}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`, "u").exec(
    rest,
  );
  const groupAfter = new RegExp(
    `^(${SPEECH_VERB})\\s+(?:(?!(?:in|on|at|of|for|from|to|by|with|after|before|during|the|an?|and|but|that|this)\\b)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(${GROUP_RUN})(?![\\p{L}’'])`,
    "u",
  ).exec(rest);
  const group = groupFirst
    ? groupSpeaker(ctx, groupFirst[1]!, "")
    : groupAfter && !/ing$/.test(groupAfter[1]!)
      ? groupSpeaker(ctx, groupAfter[2]!, "")
      : null;
  if (group)
    return { ...group, cue: groupFirst ? cueAt(rest, groupFirst[0].length) : groupAfter![1]!.replace(/\s+/g, " ") };
  // `," Trump said`, `," panel Chairman Rep. Jason Chaffetz (R-Utah) said`, `," MSNBC host Chris Matthews said`.
  const subjectFirst = new RegExp(
    `^(?:(?:the\\s+)?${AFFILIATION}?${LOWER_TITLE}{1,3}(?=\\p{Lu}))?(${NAME_RUN}|${PRONOUN})${SPEAKER_ASIDE}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`,
    "u",
  ).exec(rest);
  if (subjectFirst) {
    const who = resolveSubject(ctx, subjectFirst[1]!, base);
    if (who) return { name: who.name, cue: cueAt(rest, subjectFirst[0].length) };
  }
  // `," said Jane Doe`, `," said union leader Ana Ruiz` (a lower-case title, not "said in Washington").
  // "said 9/11 widow Ana Holm", "said the Rev. Peter Wherry".
  const verbFirst = new RegExp(
    `^(${SPEECH_VERB})\\s+(?:the\\s+(?=(?:Rev|Hon)\\.))?(?:${AFFILIATION}?${LOWER_TITLE}{1,3}?)?(${NAME_RUN})`,
    "u",
  ).exec(rest);
  // (`," saying Ruiz was wrong`: a participle's object is no speaker.)
  if (verbFirst && !/ing$/.test(verbFirst[1]!)) {
    const name = resolveSubject(ctx, verbFirst[2]!, base)?.name;
    if (name) return { name, cue: verbFirst[1]!.replace(/\s+/g, " ") };
  }
  const apposed = namedInAside(ctx, rest, base);
  if (apposed) return apposed;
  // `," a spokesperson for the company said`: attributed, to nobody the article names;
  // `," one senior administration official said`, `," two aides said`: nobody named either.
  const unnamed = new RegExp(
    `^(?:an?|the|one|another|two|three|four|several|some|many|other)\\s+[^,.;"“”]{1,60}?\\s+(?:${ADVERB}\\s+)*(${SPEECH_VERB})\\b`,
    "u",
  ).exec(rest);
  if (unnamed) return { name: null, cue: cueAt(rest, unnamed[0].length - unnamed[1]!.length) };
  // `," said a Dover Republican, who …`, `," said one aide`: the verb first, nobody named.
  const unnamedAfterVerb = new RegExp(
    `^(${SPEECH_VERB})\\s+(?:an?|one|another|two|three|several|some)\\s+(?!(?:statement|report|lot|few|bit|number)\\b)\\S`,
    "u",
  ).exec(rest);
  if (unnamedAfterVerb && !/ing$/.test(unnamedAfterVerb[1]!))
    return { name: null, cue: unnamedAfterVerb[1]!.replace(/\s+/g, " ") };
  const according = new RegExp(`^according\\s+to\\s+(${NAME_RUN})`, "iu").exec(rest);
  if (according) {
    const name = resolveSubject(ctx, according[1]!, base)?.name;
    if (name) return { name, cue: "according to" };
  }
  return null;
}

/**
 * After a quote, a speaker set off by more than the usual asides: `," Ann Lee, 30, of Dover, Del.,
 * who took part in the survey, said`; or a description with the name in apposition: `," the
 * party's nominee, Ann Lee, said`, `," Rep. Tom Hale’s chief of staff, Ann Lee, told`. The span
 * before the verb holds no quotation mark and no sentence end.
 */
function namedInAside(ctx: Context, rest: string, base: number): Speaker | null {
  const verb = String.raw`\s+(?:${ADVERB}\s+)*(?=${SPEECH_VERB}\b)`;
  const clause = (m: RegExpExecArray | null) => m && !/[“”"]|[.!?]\s+\p{Lu}/u.test(m[0]);
  const longAside = new RegExp(`^(${NAME_RUN}),[^“”"]{1,200}?,${verb}`, "u").exec(rest);
  const appositive = new RegExp(`^[^“”",;]{1,80},\\s+(${NAME_RUN}),${verb}`, "u").exec(rest);
  for (const m of [longAside, appositive]) {
    if (!clause(m)) continue;
    const name = cleanName(m![1]!);
    if (!name || !ctx.people.isNamed(name)) continue;
    const who = resolveSubject(ctx, m![1]!, base);
    if (who?.name) return { name: who.name, cue: cueAt(rest, m![0].length) };
  }
  return null;
}

/** Later in the same sentence: `is developing a "workable solution" …, President Zelensky said in a post`. */
export function speakerLaterInSentence(ctx: Context, text: string, base: number): Speaker | null {
  const re = new RegExp(
    `(?:^|[,;]\\s+|\\s)(${GROUP_RUN}|${NAME_RUN}|${PRONOUN})\\s+(?:${ADVERB}\\s+)*(?=(${SPEECH_VERB})\\b)`,
    "gu",
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const lead = text.slice(0, m.index + m[0].indexOf(m[1]!));
    if (PREPOSITION_BEFORE.test(lead)) continue;
    const listed = new RegExp(`^${GROUP_RUN}$`, "u").test(m[1]!);
    const group = listed ? groupSpeaker(ctx, m[1]!, lead) : null;
    if (group) return { ...group, cue: cueAt(text, at) };
    // Not a group after all ("Parks and Jones said"): the name right before the verb.
    const who = resolveSubject(ctx, listed ? m[1]!.split(SEPARATOR).at(-1)! : m[1]!, base + m.index);
    if (who) return { name: who.name, cue: cueAt(text, at) };
  }
  return verbThenNameLater(ctx, text, base) ?? accordingLater(ctx, text, base);
}

/**
 * `… greeted with chants of "Ana!" at a rally, according to union president Tom Hale.`: the
 * sentence closes on "according to" and a name, which attributes it all.
 */
function accordingLater(ctx: Context, text: string, base: number): Speaker | null {
  const m = new RegExp(
    `,\\s+according\\s+to\\s+(?:[\\p{L}-]+\\s+){0,3}?(${NAME_RUN})(?:\\s*\\([^()]{1,40}\\))?(?:,[^"“”]{1,160})?\\s*[.!?]?\\s*$`,
    "u",
  ).exec(text);
  if (!m) return null;
  const who = resolveSubject(ctx, m[1]!, base + m.index);
  return who?.name ? { name: who.name, cue: "according to" } : null;
}

/**
 * `"It is a long shot" that the bill passes, said Ana Ruiz, a lobbyist.`: the quote is the start of
 * the reported clause and the sentence closes with the inverted attribution. The name must end its
 * clause ("said Ana Ruiz." or "said Ana Ruiz, a lobbyist"), so that "said Ruiz was wrong" is no
 * attribution.
 */
function verbThenNameLater(ctx: Context, text: string, base: number): Speaker | null {
  const m = new RegExp(
    `,\\s+(${SPEECH_VERB})\\s+(?:the\\s+(?=(?:Rev|Hon)\\.))?(?:${AFFILIATION}?${LOWER_TITLE}{1,3}?)?(${NAME_RUN})(?=\\s*(?:[,.;]|\\(|$))`,
    "u",
  ).exec(text);
  if (!m) return null;
  const who = resolveSubject(ctx, m[2]!, base + m.index);
  return who?.name ? { name: who.name, cue: m[1]!.replace(/\s+/g, " ") } : null;
}

/**
 * Before a quote, in its clause: `Carlson asked him: "…"`, `Leavitt also said Trump was a "…"`.
 * The speaker is the subject of the last speech verb: the name right before it, else the
 * first name of the clause that is not the object of a preposition ("a friend of Vance").
 */
export function speakerBefore(ctx: Context, text: string, base: number): Speaker | null {
  // `Said Ellis: “…”`, `Added the senator, "…"`: the verb first, at the start of the sentence.
  const inverted = new RegExp(
    `(?:^|[.!?]["”’]?\\s+)(Said|Says|Added|Adds|Asked|Wrote|Writes|Stated|Continued|Concluded|Explained|Noted|Replied|Responded)\\s+(${NAME_RUN})${SPEAKER_ASIDE}\\s*[:,]?\\s*$`,
    "u",
  ).exec(text);
  if (inverted) {
    const name = resolveSubject(ctx, inverted[2]!, base + inverted.index)?.name;
    if (name) return { name, cue: inverted[1]!.toLowerCase() };
  }
  // `NEW POLL SHOWS A TIE - Ann Lee: “…”`, `Pollsters agree - Ann Lee and Tom Reid: “…”`: a digest
  // line gives the quote to the name that labels it after a dash.
  const labelled = new RegExp(`(?:^|[-–—―]\\s*)(${GROUP_RUN}|${NAME_RUN}):\\s*$`, "u").exec(text);
  if (labelled) {
    const run = labelled[1]!;
    const group = new RegExp(`^${GROUP_RUN}$`, "u").test(run) ? groupSpeaker(ctx, run, "") : null;
    if (group) return { ...group, cue: "" };
    const name = cleanName(run);
    if (name && name.includes(" ") && ctx.people.isNamed(name)) {
      ctx.people.add(name);
      return { name: ctx.people.fullest(name), cue: "" };
    }
  }
  // "in Whitfield's words", "in the words of …", "according to Lena Vos," right before the quote.
  const words = new RegExp(
    `\\b(?:in\\s+(?:(${NAME_RUN})[’']s\\s+(?:own\\s+)?words|the\\s+words\\s+of\\s+(${NAME_RUN}))|[Aa]ccording\\s+to\\s+(${NAME_RUN}))[,:]?\\s*$`,
    "u",
  ).exec(text);
  if (words) {
    const name = resolveSubject(ctx, (words[1] ?? words[2] ?? words[3])!, base + words.index)?.name;
    if (name) return { name, cue: words[0].trim().replace(/,$/, "") };
  }
  // Not "so-called", "self-described": a verb inside a compound is no cue.
  const verbs = [...text.matchAll(new RegExp(`(?<![-‑])\\b${SPEECH_VERB}\\b`, "gu"))];
  for (let v = verbs.length - 1; v >= 0; v--) {
    const verb = verbs[v]!;
    const head = text.slice(0, verb.index);
    // "said it would tell an American story", "to tell": no report of speech.
    if (/^tell/.test(verb[0]) && /\b(?:to|would|will|could|can|might|should)\s+$/.test(head)) continue;
    // "calling the two reports “…”": after a determiner or a number the word is a noun.
    if (/(?:^|\s)(?:the|a|an|his|her|their|its|our|these|those|two|three|four|several)\s+$/i.test(head)) continue;
    const described = roleBefore(ctx, head, text, verb.index!, base) ?? orgBefore(ctx, head, text, verb.index!, base);
    if (described) return described;
    // "Smith and Jones said", "Four senators, Ann Baker, Carl Diaz and Eve Fox, said": a group.
    const listed = new RegExp(`(${GROUP_RUN})(?:${SPEAKER_ASIDE}|,)\\s+(?:${ADVERB}\\s+)*$`, "u").exec(head);
    const group = listed && groupSpeaker(ctx, listed[1]!, head.slice(0, listed.index));
    if (group) return { ...group, cue: cueAt(text, verb.index!) };
    const direct = new RegExp(`(${NAME_RUN}|${PRONOUN})(?:[’']s)?(${SPEAKER_ASIDE})\\s+(?:${ADVERB}\\s+)*$`, "u").exec(
      head,
    );
    const lead = head.slice(0, direct?.index ?? 0);
    // With an aside ("X, who …, said") the name must open its clause: not "a hospital in the Midlands, who …".
    // "footage of Trump saying, “…”": a participle's subject may follow a preposition.
    const participle = /^(?:saying|telling|asking|writing|adding)$/.test(verb[0]!) && !direct?.[2];
    // "Tom Hale, whose hometown, Dover, is …, argues": a name after "whose <noun>," names the noun;
    // the one "whose" is about speaks.
    const whose = !!direct?.[2] && new RegExp(`(${NAME_RUN}),\\s+whose\\s+[^,"“”]{1,40},\\s*$`, "u").exec(lead);
    const owner = whose ? resolveSubject(ctx, whose[1]!, base + whose.index) : null;
    if (owner?.name) return { name: owner.name, cue: cueAt(text, verb.index!) };
    // "… in Ames, Iowa, on Sunday, Ana Ruiz …": a state after its town is a place, no speaker.
    const place = !!direct?.[2] && new RegExp(`\\b(?:in|at|from|near|of|to)\\s+${NAME_RUN},\\s*$`, "u").test(lead);
    if (
      direct &&
      !whose &&
      !place &&
      (participle || !PREPOSITION_BEFORE.test(lead)) &&
      (!direct[2] || /(?:^|[.;:,!?]\s*|\b(?:and|but)\s+)$/u.test(lead))
    ) {
      const who = resolveSubject(ctx, direct[1]!, base + direct.index);
      if (who) return { name: who.name, cue: cueAt(text, verb.index!) };
      // "Americans will say “no”", "Critics have called": the verb's subject is nobody in particular;
      // an earlier verb may still have one ("Obama said he expected that Americans will say").
      if (!direct[2] && !new RegExp(`^${PRONOUN}$`).test(direct[1]!)) continue;
    }
    // "Mitch McConnell, now the majority leader, who in 2010 said …": the one the relative clause is about.
    // "… Ann Lee and Tom Reid, who joked": the name right before "who" first, else one before an aside.
    const relativeAt = (aside: string) =>
      new RegExp(
        `(${NAME_RUN})${aside},\\s+who\\s+(?:(?:${ADVERB}|in\\s+\\d{4}|last\\s+\\p{Ll}+|once|also|later|earlier)\\s+)*$`,
        "u",
      ).exec(head);
    const relative = relativeAt("") ?? relativeAt(`(?:,[^,"“”]{1,80})`);
    // (Not "a spokesman for Ann Baker, who said": after "of", "for" or "to" the name is not the one speaking.)
    const owned = relative && /\b(?:of|for|to|from|by|at)\s+$/u.test(head.slice(0, relative.index));
    const antecedent = relative && !owned ? resolveSubject(ctx, relative[1]!, base + relative.index) : null;
    if (antecedent?.name) return { name: antecedent.name, cue: cueAt(text, verb.index!) };
    // "Hale told a student who suggested that … that “…”": the one "who" is about is spoken to, and
    // the second "that" takes up the earlier verb, whose quote it is.
    if (
      new RegExp(
        `\\b${SPEECH_VERB}\\s+(?:an?|the|one|some)\\s+(?:[\\p{Ll}-]+\\s+){0,3}who\\s+(?:${ADVERB}\\s+)*$`,
        "u",
      ).test(head) &&
      /^\S*\s+that\b[^"“”]*\bthat\s*$/u.test(text.slice(verb.index!))
    )
      continue;
    if (new RegExp(`\\bwho\\s+(?:${ADVERB}\\s+)*$`, "u").test(head))
      return { name: null, cue: cueAt(text, verb.index!) };
    // "The dealer, she said, had told officers …": a subject the article does not name.
    if (
      new RegExp(
        `(?:^|[.;:!?]\\s+)[Tt]he\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*${ASIDE}\\s+(?:${ADVERB}\\s+)*$`,
        "u",
      ).test(head)
    )
      return { name: null, cue: cueAt(text, verb.index!) };
    // "A ministry spokesman added:", "One resident said": someone the article does not name.
    // "One resident, who did not want to be named, said" (but "A spokesman, Luis Ferrer, said" names him).
    // The unnamed subject opens its clause: not "Trump unleashed a series of tweets … saying".
    if (
      new RegExp(
        `(?:^\\s*|[,;:.!?]["”’]?\\s*|\\b(?:and|but|while|as|when)\\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}’'-]+\\s+){0,8}?(?:[\\p{L}’'-]+,(?!\\s*\\p{Lu})[^,;:"“”]{1,80},\\s+)?(?:${ADVERB}\\s+)*$`,
        "u",
      ).test(head)
    )
      return { name: null, cue: cueAt(text, verb.index!) };
    // "Several groups granted Mr. Clarke an extension, saying": a name after an unnamed plural subject is its object;
    // "63 percent said she was": the subject of the verb itself.
    if (opensWithUnnamedGroup(text.slice(0, verb.index! + verb[0].length)))
      return { name: null, cue: cueAt(text, verb.index!) };
    // "Meanwhile, it attacked Hale, saying he …": "it" opens the clause, so the names after it are objects.
    if (IT_FIRST.test(head)) return { name: itSpeaker(ctx, base + verb.index!), cue: cueAt(text, verb.index!) };
    const names = [...head.matchAll(new RegExp(`(${NAME_RUN})`, "gu"))].filter(
      (m) => !PREPOSITION_BEFORE.test(head.slice(0, m.index)),
    );
    for (const m of names) {
      const name = cleanName(m[1]!);
      if (!name || !ctx.people.isKnown(name)) continue;
      // The first member of a list that is the subject: the group ("Baker, Diaz and Fox said … and asked").
      const listed = new RegExp(`^${GROUP_RUN}`, "u").exec(head.slice(m.index));
      const group = listed && groupSpeaker(ctx, listed[0], head.slice(0, m.index));
      if (group) return { ...group, cue: cueAt(text, verb.index!) };
      return { name: ctx.people.fullest(name), cue: cueAt(text, verb.index!) };
    }
  }
  return null;
}
