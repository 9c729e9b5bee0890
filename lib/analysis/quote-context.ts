import nlp from "compromise";
import { ADVERB } from "./cues";
import { cleanName, NAME_RUN } from "./names";
import { orgsOf } from "./org-speakers";
import { cleanOrg, isOrgName } from "./orgs";
import { ROLE_DESCRIPTION, roleReferent } from "./roles";
import type { MarkedQuote } from "./quote-marks";
import {
  AFFILIATION,
  GROUP_RUN,
  groupSpeaker,
  LOWER_TITLE,
  resolveSubject,
  SPEAKER_ASIDE,
  speakerBefore,
  type Context,
  type Speaker,
} from "./speakers";
import { spanIndexAt } from "./text";
import type { Span } from "./types";
import { isVerbAfterSubject } from "./verb-after-subject";

export { isVerbAfterSubject };

/** At most this many words, unattributed and not a sentence: a scare quote ("the “facts”"). */
export const SCARE_MAX_WORDS = 4;

export type Found = MarkedQuote & { speaker: Speaker | null; echo?: boolean; title?: boolean };

const STOPWORDS = new Set(
  "a an the of to in on and or not no is was be been it its he she they him her them i me my we our you your that this as at by for with from don’t don't".split(
    " ",
  ),
);

/**
 * Nothing attributes the quote in its sentence. `He paused. “That doesn’t …”`, `the
 * 58-year-old was blunt: “…”`: after a short clause about a person, it is theirs. A paragraph
 * that opens with a whole statement goes on with the speaker of the paragraph before (wire copy:
 * `"…," Brooks said.` then `"…"`).
 */
export function contextSpeaker(
  ctx: Context,
  q: MarkedQuote,
  para: Span,
  paras: Span[],
  found: Found[],
  sents: Span[],
): Speaker | null {
  const { raw } = ctx;
  const from = Math.max(para.start, found.filter((f) => f.close < q.open).at(-1)?.close ?? 0);
  const lead = leadSubject(ctx, raw.slice(from, q.open), from);
  if (lead) return { name: lead, cue: "", weak: true };
  const text = raw.slice(q.start, q.end);
  // `Sen. Ann Ruiz (Vt.), who lost the primary, identified … as a reason. "The younger people …"`:
  // a statement that opens a sentence inside a paragraph goes on with the sentence before, its
  // speaker or its subject.
  const statement = /[.!?…]$/.test(text) || text.split(/\s+/).length > SCARE_MAX_WORDS;
  if (
    statement &&
    q.open > para.start &&
    /[.!?…]["”’]?\s+$/u.test(raw.slice(Math.max(para.start, q.open - 4), q.open))
  ) {
    const s = sents[spanIndexAt(sents, q.open - 2)];
    // A quote earlier in that sentence decided already (the same speaker goes on, or not).
    const spoken = found.filter((f) => f.close < q.open && !f.title).at(-1);
    if (s && s.start >= para.start && (!spoken || spoken.close < s.start)) {
      // From the sentence's start, or after a title in it: `On “Face the Nation,” Sen. Ann Ruiz …`.
      const begin = from > para.start ? Math.max(s.start, from + 1) : s.start;
      const before = raw
        .slice(begin, Math.min(s.end, q.open))
        .replace(/^[\s,.;:!?"“”’']+/u, (m) => " ".repeat(m.length));
      const said = speakerBefore(ctx, before, begin) ?? clauseSubject(ctx, before, begin);
      if (said?.name)
        return { name: said.name, cue: "", weak: true, ...(said.members ? { members: said.members } : {}) };
    }
  }
  if (q.open !== para.start || (!/[.!?…]$/.test(text) && text.split(/\s+/).length <= SCARE_MAX_WORDS)) return null;
  const previous = paras[spanIndexAt(paras, para.start) - 1];
  if (!previous) return null;
  const last = found.filter((f) => f.open >= previous.start && f.open < previous.end).at(-1);
  if (last) return last.speaker?.name ? { name: last.speaker.name, cue: "", weak: true } : null;
  const s = sents[spanIndexAt(sents, previous.end - 1)] ?? previous;
  // "Brooks said she had lived there for 11 years." or "Tom Reid disagreed." before it.
  const closing = raw.slice(s.start, previous.end);
  const said =
    speakerBefore(ctx, closing, s.start)?.name ??
    leadSubject(ctx, closing, s.start) ??
    clauseSubject(ctx, closing, s.start)?.name;
  return said ? { name: said, cue: "", weak: true } : null;
}

/**
 * An unattributed quote that repeats an attributed one takes its speaker: a short one when all
 * its words are the other's (a headline's “zero gratitude”), a longer one when it is word for
 * word part of it or it of the other (a pull quote, a caption). One that repeats only the words of
 * people the article does not name (`His aides called him “a genius”`) is theirs: `name: null`.
 */
export function echoOf(raw: string, q: Found, found: Found[]): Speaker | null {
  const words = content(raw.slice(q.start, q.end));
  if (words.length === 0) return null;
  const flat = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
  // A named speaker first; else people the article does not name, whose words they are all the same.
  let unnamed: Speaker | null = null;
  for (const f of found) {
    if (f === q || !f.speaker || f.start === q.start) continue;
    const source = raw.slice(f.start, f.end);
    const [a, b] = [flat(raw.slice(q.start, q.end)), flat(source)];
    const repeats =
      (words.length <= 6 && words.every((w) => new Set(content(source)).has(w))) ||
      // (Not a one-word cheer that the longer quote happens to hold: `"Ana!"` in `"… our Ana!"`.)
      (words.length > 6 && (b.includes(a) || (a.includes(b) && content(source).length > 3)));
    if (!repeats) continue;
    if (f.speaker.name) return { name: f.speaker.name, cue: "" };
    unnamed ??= { name: null, cue: "" };
  }
  return unnamed;
}

function content(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** The subject of the clause right before a quote, when it is a known person, he or she, or a role. */
export function leadSubject(ctx: Context, text: string, base: number): string | null {
  const m = new RegExp(
    `(?:^|[,;]\\s+|[.!?]["”’]?\\s+)(?:(${NAME_RUN}|He|She|he|she)|${ROLE_DESCRIPTION})\\s+[^.!?"“”‘:,;]{0,60}[.!?:]\\s*$`,
    "u",
  ).exec(text);
  if (!m) return null;
  if (m[2]) return roleReferent(ctx, m[2], base + m.index).name;
  const person = cleanName(m[1]!);
  // Only a person already known ("The Senate voted 52-48." is no speaker), or he or she.
  if (!/^(?:he|she)$/i.test(m[1]!) && !(person && ctx.people.isKnown(person))) return null;
  return resolveSubject(ctx, m[1]!, base + m.index)?.name ?? null;
}

/** What may open a clause before its subject. */
const CONJUNCTION = String.raw`(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas|[Ww]hen|[Aa]s|[Ee]ven\s+as|[Ee]ven\s+though|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|[Uu]ntil|[Oo]nce)`;

/** One aside between a subject and its verb: `Ana Ruiz (R-Ohio), the former governor, said`. */
const ONE_ASIDE = String.raw`(?:\s*\([^()]{1,40}\))?(?:,[^,"“”]{1,120},)?`;

const AUXILIARY =
  /^(?:has|have|had|is|was|were|are|will|would|could|can|did|does|do|may|might|should|must|also|then|again)$/;

/**
 * A quote inside a clause whose subject is a person or an organisation the article names, the
 * verb not one of speech: `At a rally, Trump likened the refugees to a “vicious snake”`, `In
 * January, Gov. Ana Ruiz of Ohio lauded him for “new and innovative ideas.”`. The words are the
 * subject's (a partial quote). An introductory phrase before the subject is allowed ("At a
 * rally,"), a possessive ("Trump’s “plan”") or a noun after the name ("Trump supporters") is no
 * subject.
 */
export function clauseSubject(ctx: Context, before: string, base: number): Speaker | null {
  // The subject after no, one or two introductory phrases ("At a rally,", "Speaking in Salem, New Hampshire,").
  const commas = [...before.matchAll(/,\s+/gu)].slice(0, 2).map((c) => c.index + c[0].length);
  const starts = [commas[0], 0, commas[1]].filter(
    (at): at is number => at !== undefined && !/["“”‘]/u.test(before.slice(0, at)) && at <= 130,
  );
  // "the Harbour Council issued a statement calling it …": an organisation may come with "the".
  const subjectWith = (aside: string) =>
    String.raw`(?:([Tt]he)\s+(?=\p{Lu}))?((?:[Hh]e|[Ss]he)(?=[’']s\s|\s)|${GROUP_RUN}|${NAME_RUN})((?:\s+of\s+${NAME_RUN})?${aside}|[’']s),?\s+(?:(?:${ADVERB}|\p{Ll}+ly)\s+)*(\p{Ll}[\p{Ll}-]*)\b`;
  const subject = subjectWith(SPEAKER_ASIDE);
  // Plain, or after a lower-case title ("Campaign chair Carl Mendes dismissed"); then with one
  // aside only, where the second "aside" is the predicate: `Ana Ruiz, the former governor, also
  // attacked Tom Hale, with whom …, calling him a “…”` is Ana Ruiz, not Tom Hale.
  const forms = [
    new RegExp(`^\\s*${subject}`, "u"),
    new RegExp(`^\\s*${subjectWith(ONE_ASIDE)}`, "u"),
    new RegExp(`^\\s*${AFFILIATION}?${LOWER_TITLE}{1,3}(?=\\p{Lu})${subject}`, "u"),
    // "…, while Ana Ruiz, the former governor, proposed", "when President Tom Hale ordered": a
    // conjunction opens the clause (a name, not "he"/"she", whose clause runs on to the quote).
    new RegExp(`^\\s*(?:${CONJUNCTION}\\s+)(?=\\p{Lu})${subject}`, "u"),
    // "Norway’s Prime Minister Ana Ruiz hailed the deal as a “…”": a country or a body owns the title.
    new RegExp(`^\\s*${NAME_RUN}[’']s\\s+(?=\\p{Lu})${subject}`, "u"),
  ];
  for (const at of starts) {
    for (const re of forms) {
      const m = re.exec(before.slice(at));
      if (
        m &&
        re === forms[3] &&
        (/^(?:he|she)$/i.test(m[2]!) || /[,;:]/.test(before.slice(at + m.index + m[0].length)))
      )
        continue;
      const found = m && subjectOf(ctx, m, before.slice(0, at + m.index + m[0].indexOf(m[2]!)), base + at + m.index);
      if (found) return found;
    }
  }
  return null;
}

function subjectOf(ctx: Context, m: RegExpExecArray, lead: string, at: number): Speaker | null {
  const [, , who, tail, verb] = m as unknown as [string, string | undefined, string, string, string];
  if (/[’']s$/u.test(who)) return null;
  // "He’s claiming that …": a contraction; "Trump’s plan" is a possessive.
  if (/^[’']s$/u.test(tail) && !/^(?:he|she)$/i.test(who)) return null;
  if (!/^[’']s$/u.test(tail) && !AUXILIARY.test(verb) && !isVerbAfterSubject(verb)) return null;
  // `… wrote to its president, Ana Ruiz, calling the reports “…”`: a name then a comma and a
  // participle is an apposition before the participle's clause, not its subject.
  if (/ing$/.test(verb) && /^\s*,\s*$/u.test(m[0].slice(m[0].indexOf(who) + who.length, m[0].lastIndexOf(verb))))
    return null;
  if (/^(?:he|she)$/i.test(who)) {
    const name = resolveSubject(ctx, who, at)?.name;
    return name ? { name, cue: "" } : null;
  }
  // "Obama and Clinton call them “lone wolves”".
  if (new RegExp(`^${GROUP_RUN}$`, "u").test(who)) {
    const group = groupSpeaker(ctx, who, lead);
    return group ? { ...group, cue: "" } : null;
  }
  const org = cleanOrg(who);
  if (isOrgName(org) || orgsOf(ctx).has(org)) return { name: orgsOf(ctx).fullest(org) ?? org, cue: "" };
  // "Ruritania called the test “reckless”": a country speaks through its government.
  if (!who.includes(" ") && nlp(who).has("#Country")) return { name: who, cue: "" };
  const person = cleanName(who);
  // Known, or written out with a first name somewhere ("Newt Gingrich" … "Gingrich cynically dismissed").
  // Or a full name that an apposition describes ("Zorvan Pelletieri, the harbour commissioner, reacted").
  const described = !!person && person.includes(" ") && /^,\s*(?:the|an?|\d+)\s/u.test(tail);
  const named =
    person && (ctx.people.isKnown(person) || ((!person.includes(" ") || described) && ctx.people.isNamed(person)));
  if (!person || !named || /^\p{Lu}+$/u.test(person)) return null;
  ctx.people.add(person);
  return { name: ctx.people.fullest(person), cue: "" };
}

/**
 * `A few days ago in an interview with RT he blasted the media for being “…”`: "he" or "she" and a
 * verb anywhere in the clause before the quote (an introductory phrase without a comma before it),
 * the last such one; the speaker is its antecedent.
 */
/** What may stand right before a subject "he"/"she": a clause's start, a conjunction, or a name or number ending an introductory phrase ("with RT he …", "In 2010 she …"). */
const PRONOUN_CLAUSE_START =
  /(?:^\s*|[.!?,;:]["”’']*\s+|\b(?:and|but|because|when|while|as|after|before|since|that|though|although|so|then)\s+|\b\p{Lu}[\p{L}.’'-]*\s+|\b\d+\s+)$/u;

export function pronounClauseSubject(ctx: Context, before: string, base: number): Speaker | null {
  const subjects = [
    ...before.matchAll(
      new RegExp(`\\b(he|she|He|She)\\s+(?:(?:${ADVERB}|\\p{Ll}+ly)\\s+)*(\\p{Ll}[\\p{Ll}-]*)\\b`, "gu"),
    ),
  ].filter(
    (m) =>
      // Its clause runs on to the quote (not "If she did, the rules give …"), and it opens the
      // clause: not "the laptop she used", a relative clause after a noun.
      !/["“”‘,;:]/u.test(before.slice(m.index)) &&
      PRONOUN_CLAUSE_START.test(before.slice(0, m.index)) &&
      (AUXILIARY.test(m[2]!) || isVerbAfterSubject(m[2]!)),
  );
  const last = subjects.at(-1);
  if (!last) return null;
  const name = resolveSubject(ctx, last[1]!, base + last.index)?.name;
  return name ? { name, cue: "" } : null;
}
