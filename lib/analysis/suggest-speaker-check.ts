import nlp from "compromise";
import { ADVERB, SPEECH_VERB } from "./cues";
import { joinNames, NAME_RUN, type PersonIndex } from "./names";
import { genderOf, personMentions, type Gender } from "./pronouns";
import { FACTORS, blocked, lower, sure, type Check } from "./suggest-confidence";
import { isOutletItself } from "./suggest-self-citation";
import { escapeRegExp, spanIndexAt } from "./text";
import type { Quote, Span } from "./types";

/** A quote as the analysis gives it, with the group of speakers the quote analysis may set. */
export type AnalysedQuote = Quote & { speakers?: string[] };

/**
 * What a question may say about who spoke a quote: one person, or a group named as one ("Ann
 * Baker, Carl Diaz, Eve Fox and Gus Hill"), with how sure that is and why.
 */
export type SpeakerCheck = {
  /** The key: the speaker's name, or the group's members joined ("A, B and C"). */
  label: string;
  /** The speaker, or each member of the group. */
  members: string[];
  group: boolean;
  /** The speaker is the outlet itself or the author (its own earlier reporting). */
  self: boolean;
  check: Check;
};

/** The article as the checks read it; `furniture` (page chrome, headline) does not count as a paragraph between a name and its quote. */
type Where = {
  raw: string;
  paragraphs: Span[];
  sentences: Span[];
  quotes: AnalysedQuote[];
  outlet: string;
  author?: string | null;
  furniture?: Span[];
  people?: PersonIndex;
};

/** Cue verbs that plainly report speech or writing; any other ("called", "quipped", "believes", "dispute") is a reason to check. */
const USUAL_CUES = new Set(
  "said says say told tells wrote writes added adds asked asks replied replies stated explained explains noted notes continued insisted insists recalled recalls posted tweeted declared announced confirmed testified answered responded spoke argued argues warned warns urged urges".split(
    " ",
  ),
);

/**
 * Reported speech a question may call "a paraphrase of what someone said": a usual cue verb, and
 * reported content that is a clause ("that the plan would cost more"), not a noun phrase
 * ("records tell a more complicated story").
 */
export function isPlainReport(q: Quote): boolean {
  const verb = q.cue?.split(" ")[0]?.toLowerCase();
  return q.kind === "indirect" && !!verb && USUAL_CUES.has(verb) && nlp(q.text).verbs().length > 0;
}

const PRONOUN_SUBJECT = new RegExp(
  `\\b(he|she|they|He|She|They)\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b|\\b${SPEECH_VERB}\\s+(he|she|they)\\b`,
  "u",
);
const ROLE_NOUN = String.raw`(?:senator|representative|congressman|congresswoman|lawmaker|governor|mayor|president|minister|secretary|official|spokesman|spokeswoman|spokesperson|judge|chief|director|doctor|nurse|professor|chair|chairman|chairwoman|leader|executive|founder|councillor|councilmember|democrat|republican|\d{1,3}-year-old|woman|man)`;
const ROLE_SUBJECT = new RegExp(
  `\\b[Tt]he\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${ROLE_NOUN}\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b|\\b${SPEECH_VERB}\\s+the\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${ROLE_NOUN}\\b`,
  "u",
);
const PLURAL_ROLE = String.raw`(?:senators|representatives|lawmakers|legislators|members|officials|authors|signatories|leaders|governors|mayors|ministers|two|three|four|five|six|pair|trio|group|coalition)`;
const PLURAL_SUBJECT = new RegExp(
  `\\b[Tt]he\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${PLURAL_ROLE}\\s+(?:both\\s+|all\\s+)?(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b|\\b${SPEECH_VERB}\\s+the\\s+(?:[\\p{L}’'-]+\\s+){0,3}?${PLURAL_ROLE}\\b`,
  "u",
);
/** "Sens. Ann Baker, Carl Diaz and Gus Hill said", "Quill and Tate wrote", "wrote Quill and Tate.", "Baker and her colleagues wrote". */
const LIST = String.raw`${NAME_RUN}(?:,\s+${NAME_RUN})*,?\s+and\s+(?:${NAME_RUN}|(?:his|her|their)\s+[\p{L}-]+)`;
const NAMED_GROUP = new RegExp(
  `${LIST}(?:,[^,"“”]{1,80},)?\\s+(?:both\\s+|all\\s+|jointly\\s+)?(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b|\\b${SPEECH_VERB}\\s+${LIST}(?=\\s*(?:[.,;]|$|\\s+(?:in|on|at)\\b))`,
  "u",
);
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
/** Two or more of the listed are names, not "Tuesday and Wednesday". */
const isList = (match: string) =>
  match
    .split(/,\s+|\s+and\s+/)
    .map((part) => part.trim().replace(/^(?:\p{Ll}+\s+)+/u, ""))
    .filter((part) => /^\p{Lu}/u.test(part) && !CALENDAR.test(part)).length >= 2 ||
  /\band\s+(?:his|her|their)\s/.test(match);
const JOINT = /\b(?:joint(?:ly)?|co-(?:signed|wrote|written|authored))\b/i;

/** The name, or a part of it ("Rubio", "Sarah" for "Sarah Jones"), as a word in running text, possessive allowed. */
const named = (text: string, name: string) =>
  name
    .split(/\s+/)
    .filter((part) => part.length >= 3 && !/\.$/.test(part))
    .some((part) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, "u").test(text));

/** The members of the quote's speaker: its `speakers` when it is a group, else the one speaker. */
function membersOf(q: AnalysedQuote): string[] {
  if (q.speakers && q.speakers.length >= 2) return q.speakers;
  return [q.speaker!];
}

/**
 * The words around a quote that attribute it: the sentences it stands in, from the quote before
 * it in the paragraph to the quote after, with every quote's words blanked out.
 */
function attributionText(w: Where, q: Quote): string {
  const para = w.paragraphs[spanIndexAt(w.paragraphs, q.start)] ?? q;
  const first = w.sentences[spanIndexAt(w.sentences, Math.max(q.start - 1, para.start))];
  const last = w.sentences[spanIndexAt(w.sentences, Math.max(q.start, q.end - 1))];
  const inPara = w.quotes.filter((x) => x.kind !== "indirect" && x.start >= para.start && x.end <= para.end + 1);
  const before = inPara.filter((x) => x.end <= q.start - 1).at(-1);
  const after = inPara.find((x) => x.start > q.end + 1);
  const start = Math.max(first?.start ?? para.start, before ? before.end + 1 : para.start);
  const end = Math.min(last?.end ?? para.end, after ? after.start - 1 : para.end);
  let text = w.raw.slice(start, Math.max(start, end));
  // The quote's own words (reported speech too) never attribute it.
  for (const x of [...inPara, q]) {
    const from = Math.max(x.start, start);
    const to = Math.min(x.end, end);
    if (to > from) text = text.slice(0, from - start) + " ".repeat(to - from) + text.slice(to - start);
  }
  return text;
}

/** Paragraphs back from the quote to the last one naming the speaker (0: its own paragraph), or null when none does. */
function paragraphsBack(w: Where, q: Quote, members: string[]): number | null {
  const at = spanIndexAt(w.paragraphs, q.start);
  let back = 0;
  for (let i = at; i >= 0; i--) {
    const p = w.paragraphs[i]!;
    if (i < at && w.furniture?.some((f) => f.start <= p.start && f.end >= p.end)) continue;
    const text = w.raw.slice(p.start, i === at ? q.start : p.end);
    if (members.every((m) => named(text, m))) return back;
    back++;
  }
  return null;
}

/**
 * Whether someone else could be the "he" or "she" of a quote: another person of that gender named
 * in the stretch before it ("she" given to a company after "Maria Okonkwo" was named), or the
 * speaker's own gender ruling them out.
 */
function pronounRival(
  w: Where,
  q: Quote,
  label: string,
  want: Gender,
): "mismatch" | { factor: number; reason: string } | null {
  if (!w.people) return null;
  const ctx = { raw: w.raw, people: w.people, quoted: w.quotes.filter((x) => x.kind !== "indirect") };
  const own = genderOf(ctx, label);
  if (own && own !== want) return "mismatch";
  const mentions = personMentions(ctx, Math.max(0, q.start - 1500), q.start).filter((m) => !m.object);
  const lastOwn = mentions.filter((m) => m.name === label).at(-1)?.start ?? -1;
  const others = [
    ...new Set(
      mentions
        .filter((m) => m.name !== label && genderOf(ctx, m.name) === want && (own === null || m.start > lastOwn))
        .map((m) => m.name),
    ),
  ];
  const who = want === "m" ? "he" : "she";
  // "Christie, who campaigned for Trump since he …, blasted Clinton. "…," he said": the subject of the
  // sentence before is the likelier "he", however recently someone else was named.
  const before = w.sentences[spanIndexAt(w.sentences, q.start) - 1];
  const subject = before && mentions.find((m) => m.start >= before.start && m.start < before.end);
  if (subject && subject.name !== label && genderOf(ctx, subject.name) === want)
    return {
      factor: FACTORS.pronounAmbiguous,
      reason: `"${who}" could also be ${subject.name}, the subject of the sentence before`,
    };
  if (others.length === 0) return null;
  return own === null
    ? {
        factor: FACTORS.pronounAmbiguous,
        reason: `"${who}" could also be ${others.join(" or ")}, named before the quote`,
      }
    : {
        factor: FACTORS.pronounRival,
        reason: `${others.join(" and ")} ${others.length > 1 ? "are" : "is"} also named between ${label} and the quote`,
      };
}

/**
 * The "he" or "she" of an attribution nested inside another in the quote's sentence (`X said Y
 * was "right" when he said "…"`, `X said that she told him "…"`): then the name the sentence
 * gives is the outer speaker's, and the quote's speaker is whoever the pronoun means.
 */
function nestedPronoun(w: Where, q: Quote): "he" | "she" | null {
  const s = w.sentences[spanIndexAt(w.sentences, q.start)];
  if (!s) return null;
  const before = w.raw.slice(s.start, Math.max(s.start, q.start - 1));
  const inner = new RegExp(`\\b(he|she)\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b[^"“”]*$`, "u").exec(before);
  if (!inner) return null;
  const outer = new RegExp(`\\b${SPEECH_VERB}\\b`, "u").test(before.slice(0, inner.index));
  return outer ? (inner[1] as "he" | "she") : null;
}

/** Opened by a quotation mark: a transcript line or an interview answer has none, and runs over nothing. */
const marked = (w: Where, q: Quote) => /["“‘']/.test(w.raw[q.start - 1] ?? "");
/** The quote runs to the end of its paragraph with no closing mark: it goes on in the next. */
const endsOpen = (w: Where, q: Quote) => {
  const para = w.paragraphs[spanIndexAt(w.paragraphs, q.start)];
  return !!para && marked(w, q) && q.end >= para.end - 1 && !/["”’']/.test(w.raw.slice(q.end, para.end + 1));
};

/** The part of the same quote in the paragraph before, when this one carries it on (`“…` with no closing mark, then `“…`). */
function continues(w: Where, q: Quote): AnalysedQuote | null {
  const para = w.paragraphs[spanIndexAt(w.paragraphs, q.start)];
  if (!para || !marked(w, q) || q.start > para.start + 1) return null;
  const previous = w.quotes.filter((x) => x.kind === "direct" && x.end <= para.start).at(-1);
  return previous &&
    endsOpen(w, previous) &&
    spanIndexAt(w.paragraphs, previous.start) === spanIndexAt(w.paragraphs, q.start) - 1
    ? previous
    : null;
}

/** The quote continues one that ran over the paragraph before it, or runs on into the next. */
const runsOver = (w: Where, q: Quote) => endsOpen(w, q) || !!continues(w, q);

/** A line of a "Q:"/"A:" interview: its speaker comes from the interview's form, not from an attribution. */
const interviewLine = (w: Where, q: Quote) =>
  /^\s*[QA]\s*[:.]/.test(w.raw.slice(w.paragraphs[spanIndexAt(w.paragraphs, q.start)]?.start ?? q.start, q.start));

/**
 * How the article gives a quote's speaker, and what that makes sure. Never keys a group
 * statement to one member: when the analysis names one speaker but the attribution plainly
 * names several ("Quill and Tate wrote", "in a joint statement", "the senators said"), the quote
 * is blocked rather than keyed to the last name.
 */
function checkSpeaker(w: Where, q: AnalysedQuote, context: Context): SpeakerCheck | null {
  if (!q.speaker) return null;
  const members = membersOf(q);
  const group = members.length >= 2;
  const label = group ? joinNames(members) : q.speaker;
  const self = isOutletItself(q.speaker, w.outlet, w.author);
  const result = (check: Check): SpeakerCheck => ({ label, members, group, self, check });
  if (self) return result(blocked(`"${q.speaker}" is ${w.outlet} itself: its own reporting, not a speaker`));

  const text = attributionText(w, q);
  const said = q.cue ? `"${q.cue}"` : "the attribution";
  if (!group) {
    const list = NAMED_GROUP.exec(text);
    if (list && isList(list[0]))
      return result(
        blocked(
          `"${list[0].replace(/\s+/g, " ").trim()}" names more than one speaker, but the analysis gives only ${q.speaker}`,
        ),
      );
    if (JOINT.test(text))
      return result(blocked(`the words come from a joint statement, but the analysis gives only ${q.speaker}`));
    const plural = PLURAL_SUBJECT.exec(text);
    if (plural)
      return result(blocked(`"${plural[0].trim()}" is several people, but the analysis gives only ${q.speaker}`));
  }

  let check = sure();
  const allNamed = members.every((m) => named(text, m));
  const inner = nestedPronoun(w, q);
  if (!group && inner) {
    // `Flynn said Trump was "right" when he said "…"`: the name in the sentence is the outer speaker's.
    check = lower(check, FACTORS.pronoun, `the words are given by "${inner} said" inside another attribution`);
    const rival = pronounRival(w, q, label, inner === "he" ? "m" : "f");
    if (rival === "mismatch") return result(blocked(`"${inner}" does not fit ${label}`));
    if (rival) check = lower(check, rival.factor, rival.reason);
  }
  // The later part of a quote is as sure as the part it carries on (less, when it runs over paragraphs).
  const first = context.continued(q);
  if (!allNamed && !inner && first && first.label === label)
    return result(
      runsOver(w, q) ? lower(first.check, FACTORS.runsOver, "the quote runs over paragraphs") : first.check,
    );
  if (!allNamed && !inner) {
    // `"…," X said. "…"`: the words go on with the speaker the paragraph already named.
    const carried = context.carriedFrom(q);
    if (carried && carried.label !== label) {
      return result(
        blocked(
          `the quote goes on from words the paragraph gives to ${carried.label}, but the analysis gives it to ${label}`,
        ),
      );
    }
    if (!carried) {
      const pronoun = PRONOUN_SUBJECT.exec(text);
      const role = ROLE_SUBJECT.exec(text);
      const who = (pronoun?.[1] ?? pronoun?.[2])?.toLowerCase();
      if (pronoun && who === "they" && !group)
        check = lower(
          check,
          FACTORS.pluralPronoun,
          `${label} is named only by "they" here, which may be several people`,
        );
      else if (pronoun) {
        check = lower(check, FACTORS.pronoun, `the speaker is found only by the pronoun "${who}"`);
        const rival = pronounRival(w, q, label, who === "he" ? "m" : "f");
        if (rival === "mismatch") return result(blocked(`"${who}" does not fit ${label}`));
        if (rival) check = lower(check, rival.factor, rival.reason);
      } else if (role) check = lower(check, FACTORS.role, `the speaker is named only by a role ("${role[0].trim()}")`);
      else if (interviewLine(w, q))
        return result(
          lower(check, FACTORS.interview, "a line of a Q/A interview: the speaker is named in the introduction"),
        );
      else
        check = lower(
          check,
          FACTORS.context,
          `no attribution in the quote's sentence: ${label} is taken from the context`,
        );
      const back = paragraphsBack(w, q, members);
      if (back === null) check = lower(check, FACTORS.notBefore, `${label} is not named before the quote`);
      else if (back >= 2)
        check = lower(check, FACTORS.distant, `${label} was last named ${back} paragraphs before the quote`);
    }
  }
  const verb = q.cue?.split(" ")[0]?.toLowerCase();
  if (verb && !USUAL_CUES.has(verb))
    check = lower(check, FACTORS.unusualCue, `the cue verb ${said} is unusual for a quote`);
  if (q.kind === "direct" && runsOver(w, q)) check = lower(check, FACTORS.runsOver, "the quote runs over paragraphs");
  return result(check);
}

/** What a quote's paragraph says about its speaker beyond the quote's own sentence. */
type Context = {
  /** The named speaker the quote carries on from: another quote of the paragraph whose attribution names its speaker, or a "… said:" closing the paragraph before. */
  carriedFrom: (q: AnalysedQuote) => { label: string } | null;
  /** The check of the words this quote carries on: its part in the paragraph before (a quote that runs over), or the quote before it in its paragraph when that one's speaker is not named either. */
  continued: (q: AnalysedQuote) => SpeakerCheck | undefined;
};

/**
 * Checks for every quote with a speaker, by quote. A quote whose own sentence does not name its
 * speaker but whose paragraph gives the words around it to someone named (`"…," X said. "…"`)
 * carries that attribution: sure when the analysis gives the same speaker, blocked when it gives
 * another (the second half of a joint statement given to one of its signers).
 */
export function checkSpeakers(w: Where): Map<Quote, SpeakerCheck> {
  const out = new Map<Quote, SpeakerCheck>();
  const paraOf = (q: Quote) => spanIndexAt(w.paragraphs, q.start);
  const namedHere = new Map<Quote, string>();
  for (const q of w.quotes) {
    if (!q.speaker || q.kind === "indirect") continue;
    const members = membersOf(q);
    if (members.every((m) => named(attributionText(w, q), m)))
      namedHere.set(q, members.length >= 2 ? joinNames(members) : q.speaker);
  }
  const carriedFrom = (q: AnalysedQuote): { label: string } | null => {
    // A quote that runs over paragraphs goes on with the speaker of its first part.
    const before = continues(w, q);
    if (before?.speaker) return namedHere.has(before) ? { label: namedHere.get(before)! } : carriedFrom(before);
    const inPara = w.quotes.filter((x) => x !== q && x.kind === q.kind && namedHere.has(x) && paraOf(x) === paraOf(q));
    const neighbour = inPara.filter((x) => x.start < q.start).at(-1) ?? inPara.find((x) => x.start > q.start);
    if (neighbour) return { label: namedHere.get(neighbour)! };
    // `… said:` closing the paragraph before introduces the quote.
    const p = w.paragraphs[paraOf(q) - 1];
    if (!p || q.start > w.paragraphs[paraOf(q)]!.start + 1) return null;
    const prev = w.raw.slice(p.start, p.end);
    return /:\s*$/.test(prev) && membersOf(q).every((m) => named(prev, m))
      ? { label: membersOf(q).length >= 2 ? joinNames(membersOf(q)) : q.speaker! }
      : null;
  };
  const continued = (q: AnalysedQuote) => {
    const before = continues(w, q);
    if (before) return out.get(before);
    // `"…," she told me. "…"`: the words go on from the quote before them in the paragraph.
    const previous = w.quotes
      .filter((x) => x !== q && x.kind === q.kind && x.start < q.start && paraOf(x) === paraOf(q))
      .at(-1);
    return previous && !namedHere.has(previous) ? out.get(previous) : undefined;
  };
  // In text order, so a quote's first part is checked before the parts that carry it on.
  for (const q of [...w.quotes].sort((a, b) => a.start - b.start)) {
    const c = checkSpeaker(w, q, { carriedFrom, continued });
    if (c) out.set(q, c);
  }
  return out;
}
