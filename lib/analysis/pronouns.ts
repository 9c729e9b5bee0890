import nlp from "compromise";
import { cleanName, isNotName, NAME_RUN, type PersonIndex } from "./names";
import type { Span } from "./types";
import { escapeRegExp } from "./text";

export type Gender = "m" | "f" | null;

/** What "he" or "she" refers to: a person the article names, or someone it leaves unnamed. */
export type Referent = { name: string | null };

/** `narrative`: quoted passages told in the third person (see narrative-blocks.ts), read like the article's own prose. */
type PronounContext = {
  raw: string;
  people: PersonIndex;
  quoted: Span[];
  narrative?: Span[];
  genders?: Map<string, Gender>;
};

const within = (spans: Span[] | undefined, i: number) => !!spans?.some((q) => i >= q.start && i < q.end);
const insideQuote = (ctx: PronounContext, i: number) => within(ctx.quoted, i) && !within(ctx.narrative, i);

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
  // A noun beside the name describes this very person ("widow Terry Holm", "Kim Ross, a mother of
  // two"): it outweighs a first name that is given to both sexes.
  for (const m of mentions) {
    const described = describedGender(ctx.raw, m.index, m.index + m[0].length);
    if (described) return described;
  }
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
 * Titles in either case of the first letter ("Congresswoman Ann Ruiz"); kinship and other nouns in
 * lower case only, as in a title-case headline ("Angry Mom Confronts Mayor Reid") they describe
 * nobody named beside them.
 */
const nouns = (titles: string, others: string) =>
  `(?:${[...titles.split(" ").map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`), ...others.split(" ")].join("|")})`;
const FEMALE_NOUN = nouns(
  "congresswoman spokeswoman chairwoman businesswoman councilwoman assemblywoman",
  "widow mother wife daughter sister grandmother aunt niece actress woman girl grandma mom",
);
const MALE_NOUN = nouns(
  "congressman spokesman chairman businessman councilman assemblyman",
  "widower father husband son brother grandfather uncle nephew actor man boy grandpa dad",
);
/** `widow Terry Holm`, `Congresswoman Ann Ruiz` (a first name may stand between). */
const nounBefore = (noun: string) => new RegExp(String.raw`\b${noun}[ \u00a0]+(?:\p{Lu}[\p{L}’'.-]*[ \u00a0]+)?$`, "u");
/** `Kim Ross, a mother of two,`, `Ann Ruiz, the senator’s wife`: an apposition's head noun. */
const nounAfter = (noun: string) =>
  new RegExp(String.raw`^,\s+(?:an?|the|his|her|one)\s+(?:[\p{L}’'-]+\s+){0,3}?${noun}\b(?![’'-])`, "u");
const NOUN_BEFORE = { f: nounBefore(FEMALE_NOUN), m: nounBefore(MALE_NOUN) };
const NOUN_AFTER = { f: nounAfter(FEMALE_NOUN), m: nounAfter(MALE_NOUN) };

/** The gender a noun right before the mention, or heading its apposition, gives; null when none does. */
function describedGender(raw: string, start: number, end: number): Gender {
  const lead = raw.slice(Math.max(0, start - 40), start);
  const tail = raw.slice(end, end + 60);
  for (const g of ["f", "m"] as const) if (NOUN_BEFORE[g].test(lead) || NOUN_AFTER[g].test(tail)) return g;
  return null;
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
  depth = 0,
): Referent | null {
  const want: Gender = /^he$/i.test(pronoun) ? "m" : /^she$/i.test(pronoun) ? "f" : null;
  const text = ctx.raw.slice(floor, offset);
  // The object of a preposition is seldom what a subject pronoun refers to.
  const candidates: Candidate[] = personMentions(ctx, floor, offset)
    .filter((m) => !m.object)
    .map((m) => ({
      at: m.start - floor,
      name: m.name,
      gender: genderOf(ctx, m.name),
      subject: m.subject,
      introduced: introducedLast(ctx.raw, m),
    }));
  for (const m of text.matchAll(UNNAMED_SUBJECT)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (!insideQuote(ctx, floor + at))
      candidates.push({ at, name: null, gender: GENDERED(m[1]!.toLowerCase()), subject: true });
  }
  candidates.push(...earlierPronouns(ctx, floor, offset, want, depth));
  candidates.sort((a, b) => a.at - b.at);
  const fits = candidates.filter((c) => !want || !c.gender || c.gender === want);
  if (fits.length === 0) return null;
  // The latest sentence that names someone who fits; in it, its first subject ("Bryant said he
  // would back Trump. “…,” he said" is Bryant), else the person named last.
  const starts = [0, ...[...text.matchAll(SENTENCE_BREAK)].map((m) => m.index + m[0].length)];
  const sentenceOf = (at: number) => starts.findLastIndex((s) => s <= at);
  const last = sentenceOf(fits.at(-1)!.at);
  const inSentence = fits.filter((c) => sentenceOf(c.at) === last);
  const chosen = inSentence.find((c) => c.introduced) ?? inSentence.find((c) => c.subject) ?? inSentence.at(-1)!;
  return { name: chosen.name };
}

type Candidate = { at: number; name: string | null; gender: Gender; subject: boolean; introduced?: boolean };

/**
 * "… that worries Tom Reid, president of the county's farmers' union." The article names someone
 * for the first time and closes the sentence on who they are: it is bringing in the next speaker,
 * so a "he said" right after is theirs, even though they are no subject.
 */
function introducedLast(raw: string, m: Mention): boolean {
  const surname = m.name.split(" ").at(-1)!;
  if (raw.slice(0, m.start).includes(surname)) return false;
  const apposition =
    /^,\s+((?:(?:an?|the)\s+)?\p{Ll}[\p{Ll}-]*)[^,;:.!?"“”]*(?:,[^,;:.!?"“”]*)?[.!?]["”’']*(?:\s|$)/u.exec(
      raw.slice(m.end, m.end + 200),
    );
  // A noun phrase ("president of …", "a pollster"), not a relative clause ("who died", "where …").
  if (!apposition) return false;
  const head = nlp(apposition[1]!);
  return /^(?:an?|the)\s/.test(apposition[1]!) || (head.has("#Noun") && !head.has("#Pronoun") && !head.has("#Verb"));
}

/** How many "she"s back a chain of pronouns is followed; each link looks 1,500 characters further back. */
const CHAIN_DEPTH = 4;
/** "He" or "she" as a subject: before a verb, an adverb or an auxiliary, not "she’s" (quoted speech aside). */
const SUBJECT_PRONOUN = /\b(?:he|she|He|She)\b(?=\s+\p{Ll})/gu;

/**
 * Earlier "he"/"she" of the wanted gender as subjects, each standing for its own antecedent:
 * "Ana Ruiz … She has faced … Clara Diaz … She said …" keeps to Ana Ruiz, the one the paragraph
 * is about, instead of the woman named last in passing.
 */
function earlierPronouns(ctx: PronounContext, floor: number, offset: number, want: Gender, depth: number): Candidate[] {
  if (!want || depth >= CHAIN_DEPTH) return [];
  const out: Candidate[] = [];
  const text = ctx.raw.slice(floor, offset);
  const pronoun = want === "m" ? "he" : "she";
  for (const m of text.matchAll(SUBJECT_PRONOUN)) {
    if (m[0].toLowerCase() !== pronoun || insideQuote(ctx, floor + m.index)) continue;
    out.push({ at: m.index, name: null, gender: want, subject: true });
  }
  // Only the latest one matters (the others are older than it); resolve it alone.
  const latest = out.at(-1);
  if (!latest) return [];
  const referent = antecedent(ctx, floor + latest.at, pronoun, undefined, depth + 1);
  return referent?.name ? [{ ...latest, name: referent.name }] : [];
}

/** A sentence ends at . ! ? (not after "Mr." or an initial), or at a line break. */
const SENTENCE_BREAK =
  /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Hon|No|\p{Lu}))[.!?]["”’']*\s+(?=["“‘']?\p{Lu})|\n\s*/gu;

const CLAUSE_START =
  /(?:^|[.!?:;,]["”’']*\s+|\n\s*|\b(?:and|but|because|when|while|as|after|before|since|that|though|although|if|so)\s+)["“‘]?$/u;

/**
 * "Housing economist Ann Lee, who …, said": a description of up to three words (nouns and
 * adjectives, no verb) between the clause's start and the name.
 */
function describedAtClauseStart(before: string): boolean {
  // Also after a quote handed over with a comma (`“…,” Reid campaign manager Tom Hale said`).
  const m = /(?:^|[.!?:;]["”’']*\s+|,["”’']+\s+|\n\s*)((?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(
    before,
  );
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  if (words.every((w) => !isNotName(w) && !nlp(w).has("#Verb") && !nlp(w).has("#Preposition"))) return true;
  // "Reid campaign spokesman Tom Hale": a capitalised affiliation and nouns read as one phrase
  // ("campaign" alone reads as a verb, "Trump" too).
  return /^\p{Lu}/u.test(words[0]!) && words.length > 1 && nounPhrase(words.slice(1));
}

/**
 * A mention in subject position: at the start of its clause (the sentence's start, after a comma
 * or a conjunction) and followed by a verb ("Bryant said", "Calderon, 54, intimated", "Reid has"), also
 * after a relative clause longer than other asides ("Reid, who has … since he left office, blasted").
 */
function isSubject(raw: string, start: number, end: number): boolean {
  const before = raw.slice(Math.max(0, start - 60), start);
  // `noted KRTV’s Dario Fenn.`: the subject after its verb.
  if (
    /\b(?:said|says|noted|notes|added|adds|wrote|writes|told|explained|argued|asked)\s+(?:[\p{L}’'.-]+\s+){0,4}$/u.test(
      before,
    )
  )
    return true;
  if (!CLAUSE_START.test(before) && !describedAtClauseStart(before)) return false;
  const after =
    /^(?:[ \u00a0]*\([^()]{1,40}\))?(?:,\s+who\b[^,"“”.]{1,200},|,[^,"“”]{1,80},)?\s+(?:(?:also|then|again|later|earlier|first|still|\p{Ll}+ly)\s+)*(\p{Ll}[\p{Ll}’'-]*)/u.exec(
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
/** An outlet's possessive between the preposition and the name ("in an interview with KRTV’s Ana Ruiz"). */
const OWNER = /\p{Lu}[\p{L}.&-]*[’']s\s+$/u;
/** After a preposition, but not inside a title ("Secretary of State Marco Rubio"). */
const AFTER_PREPOSITION = {
  test: (before: string) => {
    const lead = before.replace(OWNER, "");
    return PREPOSITION.test(lead) && !/\p{Lu}\p{L}*\s+of\s+$/u.test(lead);
  },
};

/**
 * "with Ann Lee — who has called for … — attacking the plan": the name after "with" is the subject
 * of a participle (an absolute clause), so "she said" next may well be her.
 */
function withParticiple(raw: string, lead: string, end: number): boolean {
  if (!/\bwith\s+$/i.test(lead)) return false;
  return /^(?:\s*[—–(,][^—–(),"“”]{1,120}[—–),])?\s+\p{Ll}+ing\b/u.test(raw.slice(end, end + 160));
}

/** Lower-case words that read as a noun phrase after "the" ("campaign spokesman"), not "told reporters". */
function nounPhrase(words: string[]): boolean {
  const terms = nlp(`the ${words.join(" ")}`)
    .terms()
    .json() as { terms: { tags: string[] }[] }[];
  return (
    words.every((w) => !/ed$/.test(w)) &&
    terms.slice(1).every((t) => t.terms[0]!.tags.some((tag) => tag === "Noun" || tag === "Adjective"))
  );
}

/**
 * "the Reid campaign", "a Tom Hale video", "Reid campaign spokesman Tom Hale": a name that
 * qualifies a noun mentions no one as a person. Without an article, only when a title and another
 * name follow (an affiliation), as "Reid campaigns" may be a verb.
 */
function modifiesNoun(ctx: PronounContext, lead: string, end: number): boolean {
  const raw = ctx.raw;
  const affiliation = new RegExp(`^[ \u00a0]+((?:\\p{Ll}[\\p{Ll}-]*[ \u00a0]+){1,3})(${NAME_RUN})`, "u").exec(
    raw.slice(end, end + 80),
  );
  const titled = affiliation && cleanName(affiliation[2]!);
  // A person the article knows follows ("… spokesman Tom Hale"), not "… briefing room Sunday".
  if (titled && ctx.people.isKnown(titled) && !/[’']s$/u.test(raw.slice(Math.max(0, end - 2), end))) {
    const words = affiliation[1]!.trim().split(/\s+/);
    // The word before the second name is a title ("spokesman", "aide"), a noun even alone: not
    // "said", "says" or "saw", which compromise reads as nouns after "the".
    const title = nlp(words.at(-1)!);
    if (nounPhrase(words) && title.has("#Noun") && !title.has("#Verb") && !title.has("#Plural")) return true;
  }
  if (!/\b(?:the|a|an|The|A|An)\s+$/u.test(lead)) return false;
  const next = /^[ \u00a0]+(\p{Ll}[\p{Ll}-]*)/u.exec(raw.slice(end, end + 30))?.[1];
  return !!next && nlp(next).has("#Noun") && !nlp(next).has("#Verb");
}

/** Every mention of a known person between `floor` and `offset`, outside quotes, in its fullest form. */
export function personMentions(ctx: PronounContext, floor: number, offset: number): Mention[] {
  const out: Mention[] = [];
  for (const m of ctx.raw.slice(floor, offset).matchAll(new RegExp(NAME_RUN, "gu"))) {
    if (insideQuote(ctx, floor + m.index)) continue;
    const lead = ctx.raw.slice(Math.max(0, floor + m.index - 80), floor + m.index);
    // "loyalists to Joe Biden and Bernie Sanders": the second of two objects is an object too.
    const conjunct = new RegExp(`(?:${NAME_RUN})(?:,\\s+${NAME_RUN})*,?\\s+(?:and|or)\\s+$`, "u").exec(lead);
    const object =
      (AFTER_PREPOSITION.test(lead.slice(-30)) && !withParticiple(ctx.raw, lead, floor + m.index + m[0].length)) ||
      (!!conjunct && AFTER_PREPOSITION.test(lead.slice(0, conjunct.index).slice(-30)));
    if (modifiesNoun(ctx, lead, floor + m.index + m[0].length)) continue;
    for (const part of m[0].split(/,\s*/)) {
      const name = cleanName(part);
      const [start, end] = [floor + m.index, floor + m.index + m[0].length];
      if (name && ctx.people.isKnown(name))
        out.push({
          start,
          end,
          name: ctx.people.fullest(name),
          object,
          // "Reid’s plan would …": a possessive names the owner, not the subject.
          subject: !object && !/[’']s$/u.test(m[0]) && isSubject(ctx.raw, start, end),
        });
    }
  }
  return out;
}
