import nlp from "compromise";
import { cleanName, NAME_RUN, type PersonIndex } from "./names";
import type { Span } from "./types";
import { escapeRegExp } from "./text";

export type Gender = "m" | "f" | null;

/** What "he" or "she" refers to: a person the article names, or someone it leaves unnamed. */
export type Referent = { name: string | null };

type PronounContext = { raw: string; people: PersonIndex; quoted: Span[]; genders?: Map<string, Gender> };

const insideQuote = (ctx: PronounContext, i: number) => ctx.quoted.some((q) => i >= q.start && i < q.end);

/** A title right before the name, or before its first name ("Mrs Grant", "Sir Julian Abbot"). */
const HONORIFIC_M = /\b(?:Mr|Sir|Lord|King|Prince|Father)\.?[ \u00a0]+(?:\p{Lu}[\p{L}’'-]*[ \u00a0]+)?$/u;
const HONORIFIC_F = /\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\.?[ \u00a0]+(?:\p{Lu}[\p{L}’'-]*[ \u00a0]+)?$/u;
/** "her" is counted only as a possessive ("her two sons"): as an object it is usually someone else. */
const PRONOUN_AFTER =
  /\b(?:(he|his)|(she)|(her)\s+(?!(?:to|and|that|the|a|an|in|on|at|for|with|about|as|if|or|but|when|before|after)\b)\p{Ll})\b/iu;

/**
 * A person's gender as the article shows it, so that "he said" skips the woman named last: a
 * title ("Mrs Grant") first, then what compromise knows of the first name, then the pronouns
 * that follow their name ("Ishbel Munro … her shop", "Priya Natarajan … She inherits").
 */
export function genderOf(ctx: PronounContext, name: string): Gender {
  ctx.genders ??= new Map();
  if (!ctx.genders.has(name)) ctx.genders.set(name, findGender(ctx, name));
  return ctx.genders.get(name)!;
}

function findGender(ctx: PronounContext, name: string): Gender {
  const surname = name.split(" ").at(-1)!;
  // Two people with one surname (a couple, a family): only mentions by the first name say which.
  const shared = name.includes(" ") && ctx.people.everyone().filter((n) => n.split(" ").at(-1) === surname).length > 1;
  const word = shared ? name.split(" ")[0]! : surname;
  const mentions = [...ctx.raw.matchAll(new RegExp(`\\b${escapeRegExp(word)}\\b`, "gu"))];
  // A first name ("Ted Cruz") says it before any "Mr." does: "Mr. Obama" in an article that names
  // only "Michelle Obama" in full is someone else, not a sign that she is a man.
  const first = name.split(" ").length > 1 ? nlp(name.split(" ")[0]!) : null;
  if (first?.has("#MaleName")) return "m";
  if (first?.has("#FemaleName")) return "f";
  for (const m of mentions) {
    const before = ctx.raw.slice(Math.max(0, m.index - 30), m.index);
    if (HONORIFIC_M.test(before)) return "m";
    if (HONORIFIC_F.test(before)) return "f";
  }
  // A first name alone ("Melanie", as features call people), when it is a known one.
  const single = !name.includes(" ") ? nlp(name) : null;
  if (single?.has("#MaleName")) return "m";
  if (single?.has("#FemaleName")) return "f";
  const votes = mentions.reduce((sum, m) => sum + pronounVote(ctx, m.index, m.index + m[0].length, surname), 0);
  return votes === 0 ? null : votes > 0 ? "m" : "f";
}

/**
 * +1 for "he"/"his", -1 for "she"/"her" that follows a mention in its own sentence, or opens the
 * next one ("Daniel Reyes … signed the order. He is forty-four"); further on it is often about
 * someone else. Stops at a quotation mark and at another person's name.
 */
function pronounVote(ctx: PronounContext, start: number, end: number, surname: string): number {
  if (insideQuote(ctx, start) || AFTER_PREPOSITION.test(ctx.raw.slice(Math.max(0, start - 30), start))) return 0;
  const after = ctx.raw.slice(end, end + 200).split(/["“”‘]/u)[0]!;
  const pronoun = PRONOUN_AFTER.exec(after);
  if (!pronoun || insideQuote(ctx, end + pronoun.index)) return 0;
  const between = after.slice(0, pronoun.index);
  const sentenceBreak = /[.!?]\s+/u.exec(between);
  if (sentenceBreak && sentenceBreak.index + sentenceBreak[0].length !== between.length) return 0;
  const others = ctx.people.surnames().filter((s) => s !== surname.toLowerCase());
  if (others.some((o) => new RegExp(`\\b${escapeRegExp(o)}\\b`, "iu").test(between))) return 0;
  return pronoun[1] ? 1 : -1;
}

/** People a sentence can open with without naming them: "One nurse …", "A police spokesperson …". */
const HUMAN = String.raw`(?:nurse|doctor|surgeon|patient|resident|neighbou?r|witness|woman|man|mother|father|official|officer|spokes(?:man|woman|person)|source|aide|diplomat|lawyer|teacher|student|parent|worker|employee|member|volunteer|driver|passenger|survivor|protester|voter|farmer|owner|customer|analyst|executive|manager|staffer|soldier|guard|paramedic|firefighter|detective|constable|relative|friend|colleague|activist|researcher|scientist|engineer|pilot|investor|trader)`;
const UNNAMED_SUBJECT = new RegExp(
  `(?:^|[.!?]["”’']?\\s+|\\n\\s*)((?:One|A|An|Another|The)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?${HUMAN})\\b(?![’']s)(?!,?\\s+${NAME_RUN})`,
  "gu",
);
const GENDERED = (noun: string): Gender =>
  /\b(?:woman|mother|spokeswoman)\b/.test(noun) ? "f" : /\b(?:man|father|spokesman)\b/.test(noun) ? "m" : null;

/**
 * What "he" or "she" before `offset` refers to: the latest person named (outside quotes) whose
 * gender does not rule them out, or, when a sentence since then opened with someone unnamed
 * ("One nurse …, who asked not to be named, …"), nobody the article names.
 */
export function antecedent(
  ctx: PronounContext,
  offset: number,
  pronoun: string,
  floor = Math.max(0, offset - 1500),
): Referent | null {
  const want: Gender = /^he$/i.test(pronoun) ? "m" : /^she$/i.test(pronoun) ? "f" : null;
  const text = ctx.raw.slice(floor, offset);
  // The object of a preposition is seldom what a subject pronoun refers to.
  const candidates: { at: number; name: string | null; gender: Gender; subject: boolean }[] = personMentions(
    ctx,
    floor,
    offset,
  )
    .filter((m) => !m.object)
    .map((m) => ({ at: m.start - floor, name: m.name, gender: genderOf(ctx, m.name), subject: m.subject }));
  for (const m of text.matchAll(UNNAMED_SUBJECT)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (!insideQuote(ctx, floor + at))
      candidates.push({ at, name: null, gender: GENDERED(m[1]!.toLowerCase()), subject: true });
  }
  candidates.sort((a, b) => a.at - b.at);
  const fits = candidates.filter((c) => !want || !c.gender || c.gender === want);
  if (fits.length === 0) return null;
  // The latest sentence that names someone who fits; in it, its first subject ("Bryant said he
  // would back Trump. “…,” he said" is Bryant), else the person named last.
  const starts = [0, ...[...text.matchAll(SENTENCE_BREAK)].map((m) => m.index + m[0].length)];
  const sentenceOf = (at: number) => starts.findLastIndex((s) => s <= at);
  const last = sentenceOf(fits.at(-1)!.at);
  const inSentence = fits.filter((c) => sentenceOf(c.at) === last);
  return { name: (inSentence.find((c) => c.subject) ?? inSentence.at(-1)!).name };
}

/** A sentence ends at . ! ? (not after "Mr." or an initial), or at a line break. */
const SENTENCE_BREAK =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Hon|No|\p{Lu}))[.!?]["”’']*\s+(?=["“‘']?\p{Lu})|\n\s*/gu;

/**
 * A mention in subject position: at the start of its clause (the sentence's start, after a comma
 * or a conjunction) and followed by a verb ("Bryant said", "Calderon, 54, intimated", "Reid has").
 */
function isSubject(raw: string, start: number, end: number): boolean {
  const before = raw.slice(Math.max(0, start - 60), start);
  // `noted NBC’s Dante Chinni.`: the subject after its verb.
  if (
    /\b(?:said|says|noted|notes|added|adds|wrote|writes|told|explained|argued|asked)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u.test(
      before,
    )
  )
    return true;
  if (
    !/(?:^|[.!?:;,]["”’']*\s+|\n\s*|\b(?:and|but|because|when|while|as|after|before|since|that|though|although|if|so)\s+)["“‘]?$/u.test(
      before,
    )
  )
    return false;
  const after =
    /^(?:[ \u00a0]*\([^()]{1,40}\))?(?:,[^,"“”]{1,80},)?\s+(?:(?:also|then|again|later|earlier|first|still|\p{Ll}+ly)\s+)*(\p{Ll}[\p{Ll}’'-]*)/u.exec(
      raw.slice(end, end + 140),
    );
  if (!after) return false;
  const verb = after[1]!;
  return (
    /^(?:has|have|had|is|was|were|are|will|would|could|can|did|does|do|may|might|should|must)$/.test(verb) ||
    /(?:ed|s)$/.test(verb) ||
    nlp(verb).has("#Verb")
  );
}

/** `object`: after a preposition ("a specialist in Roman coinage", "asked by Mr Keane"), so no subject. */
type Mention = { start: number; end: number; name: string; object: boolean; subject: boolean };
const PREPOSITION = /\b(?:of|by|with|to|for|from|about|against|on|in|at|into|over|between|than|like)\s+$/i;
/** After a preposition, but not inside a title ("Secretary of State Marco Rubio"). */
const AFTER_PREPOSITION = {
  test: (before: string) => PREPOSITION.test(before) && !/\p{Lu}\p{L}*\s+of\s+$/u.test(before),
};

/** Every mention of a known person between `floor` and `offset`, outside quotes, in its fullest form. */
export function personMentions(ctx: PronounContext, floor: number, offset: number): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.raw.slice(floor, offset).matchAll(new RegExp(NAME_RUN, "gu"))) {
    if (insideQuote(ctx, floor + m.index)) continue;
    const lead = ctx.raw.slice(Math.max(0, floor + m.index - 80), floor + m.index);
    // "loyalists to Joe Biden and Bernie Sanders": the second of two objects is an object too.
    const conjunct = new RegExp(`(?:${NAME_RUN})(?:,\\s+${NAME_RUN})*,?\\s+(?:and|or)\\s+$`, "u").exec(lead);
    const object =
      AFTER_PREPOSITION.test(lead.slice(-30)) ||
      (!!conjunct && AFTER_PREPOSITION.test(lead.slice(0, conjunct.index).slice(-30)));
    for (const part of m[0].split(/,\s*/)) {
      const name = cleanName(part);
      const [start, end] = [floor + m.index, floor + m.index + m[0].length];
      if (name && ctx.people.isKnown(name))
        out.push({
          start,
          end,
          name: ctx.people.fullest(name),
          object,
          subject: !object && isSubject(ctx.raw, start, end),
        });
    }
  }
  return out;
}
