import { COUNT, countOf, HEDGE } from "./dates-calendar";
import { spanIndexAt } from "./text";
import type { DateMention, DateOffset, Span } from "./types";

/**
 * A date counted from something other than the speaker's "now": "11 days before the election",
 * "a week after the paper published the story", "two days later", "the next day".
 */
export type Counted = Span & {
  text: string;
  sentence: number;
  /** The distance; `n` is null when the count is vague or hedged ("a few days", "about a week"). */
  offset: Omit<DateOffset, "n"> & { n: number | null };
  /** "the week after the vote" names a whole week (or month, year), not a day a week on. */
  whole: boolean;
  /** What follows "before"/"after": an event or a date. Null for "later", "the next day": those count from a date earlier in the sentence. */
  object: (Span & { text: string }) | null;
};

const UNIT = String.raw`(days?|weeks?|months?|years?)`;
const BACK = /^(?:before|prior\s+to|ahead\s+of|earlier|beforehand|previous|on\s+the\s+eve\s+of|the\s+eve\s+of)$/i;
const TAKES_OBJECT = /^(?:before|after|prior\s+to|ahead\s+of|following)$/i;

const COUNTED = new RegExp(
  String.raw`\b(${COUNT})\s+${UNIT}\s+(before|after|prior\s+to|ahead\s+of|following|later|earlier|afterwards?|beforehand)\b`,
  "gi",
);
const THE_UNIT = /\b(?:the|that)\s+(day|week|month|year)\s+(before|after|prior\s+to|ahead\s+of|following)\b/gi;
const NEXT = /\bthe\s+(next|following|previous|same)\s+(day|morning|afternoon|evening|night|week|month|year)\b/gi;
const EVE = /\b(?:on\s+)?the\s+eve\s+of\b/gi;

const unitOf = (w: string) =>
  w.toLowerCase().replace(/s$/, "") as DateOffset["unit"] | "morning" | "afternoon" | "evening" | "night";

/** Every counted date in the text, with the phrase it counts from when it names one. */
export function findCounted(raw: string, sents: Span[]): Counted[] {
  const out: Counted[] = [];
  const add = (
    start: number,
    text: string,
    count: number | null,
    unitWord: string,
    relation: string,
    whole: boolean,
  ) => {
    const sentence = spanIndexAt(sents, start);
    if (sentence < 0 || out.some((c) => start < c.end && c.start < start + text.length)) return;
    // "served for two years before the war" is a duration; "in the two weeks before the vote" a stretch.
    const lead = raw.slice(Math.max(0, start - 16), start);
    if (/\bfor\s+$/i.test(lead)) return;
    const stretch = /\b(?:the|those|these|past|last|next|first|final)\s+$/i.test(lead);
    const back = BACK.test(relation.trim());
    const u = unitOf(unitWord);
    const unit: DateOffset["unit"] =
      u === "morning" || u === "afternoon" || u === "evening" || u === "night" ? "day" : u;
    const hedged = HEDGE.test(raw.slice(Math.max(0, start - 20), start));
    const n = count === null || hedged || stretch ? null : back ? -count : count;
    const end = start + text.length;
    const object =
      TAKES_OBJECT.test(relation.trim()) || /eve/i.test(relation) ? objectAfter(raw, end, sents[sentence]!.end) : null;
    out.push({ start, end, text, sentence, offset: { n, unit }, whole, object });
  };
  for (const m of raw.matchAll(COUNTED)) add(m.index, m[0], countOf(m[1]!), m[2]!, m[3]!, false);
  for (const m of raw.matchAll(THE_UNIT)) add(m.index, m[0], 1, m[1]!, m[2]!, m[1]!.toLowerCase() !== "day");
  for (const m of raw.matchAll(EVE))
    add(m.index + m[0].search(/the/i), m[0].replace(/^on\s+/i, ""), 1, "day", "the eve of", false);
  for (const m of raw.matchAll(NEXT)) {
    const count = m[1]!.toLowerCase() === "same" ? 0 : 1;
    add(m.index, m[0], count, m[2]!, m[1]!, /week|month|year/i.test(m[2]!));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The phrase after "before"/"after", up to the end of its clause; null when none follows ("two days after, …"). */
function objectAfter(raw: string, from: number, sentenceEnd: number): (Span & { text: string }) | null {
  const rest = raw.slice(from, sentenceEnd);
  const lead = rest.length - rest.trimStart().length;
  if (!/^[\p{L}\p{N}]/u.test(rest.slice(lead))) return null;
  const body = rest.slice(lead);
  const stop =
    /[,;:!?()"“”—–]|\s(?:and|but|or|when|while|as|because|where|which|that|who|whom|whose|so|then|until|after|before|amid|despite)\s/i.exec(
      body,
    );
  let text = (stop ? body.slice(0, stop.index) : body).replace(/[\s.]+$/, "");
  const words = text.split(/\s+/);
  if (words.length > 12) text = words.slice(0, 12).join(" ");
  return text ? { start: from + lead, end: from + lead + text.length, text } : null;
}

const DETERMINERS = new Set("the a an this that these those his her its their our my your".split(" "));
const PREPOSITIONS = new Set(
  "of in on at for with over against between to by from about into under across among through during near".split(" "),
);
const PRONOUNS = new Set("he she they it we i you".split(" "));
const AUXILIARIES = new Set("was were is are had has have been be did would could will".split(" "));
const FUNCTION = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...PRONOUNS,
  ...AUXILIARIES,
  "and",
  "or",
  "but",
  "not",
  "which",
  "who",
  "when",
  "as",
  "so",
]);

/** Past forms whose other forms a dating sentence may use instead ("met" → "meet", "meeting"). */
const IRREGULAR: Record<string, string> = {
  ran: "ran|run|runs|running",
  broke: "broke|break|breaks|broken|breaking",
  met: "met|meet|meets|meeting",
  held: "held|hold|holds|holding",
  won: "won|win|wins|winning",
  took: "took|take|takes|taken|taking",
  wrote: "wrote|write|writes|written|writing",
  began: "began|begin|begins|begun|beginning",
  left: "left|leave|leaves|leaving",
  sent: "sent|send|sends|sending",
  sold: "sold|sell|sells|selling",
  went: "went|go|goes|gone|going",
  came: "came|come|comes|coming",
  gave: "gave|give|gives|given|giving",
  made: "made|make|makes|making",
  said: "said|say|says|saying",
  told: "told|tell|tells|telling",
  struck: "struck|strike|strikes|striking",
  fell: "fell|fall|falls|fallen|falling",
  rose: "rose|rise|rises|risen|rising",
  spoke: "spoke|speak|speaks|spoken|speaking",
  became: "became|become|becomes|becoming",
  found: "found|find|finds|finding",
  lost: "lost|lose|loses|losing",
  paid: "paid|pay|pays|paying",
  led: "led|lead|leads|leading",
  quit: "quit|quits|quitting",
  shot: "shot|shoot|shoots|shooting",
  brought: "brought|bring|brings|bringing",
  bought: "bought|buy|buys|buying",
  fought: "fought|fight|fights|fighting",
  hit: "hit|hits|hitting",
};

/** What identifies an event in other sentences: a noun with its modifiers, or a verb with its object (or subject). */
type EventKeys = { kind: "noun"; head: string; modifiers: string[] } | { kind: "clause"; verb: RegExp; noun: string };

const words = (text: string) =>
  [...text.matchAll(/[\p{L}][\p{L}’'-]*/gu)].map((m) => m[0].toLowerCase().replace(/[’']s$/, ""));
const isPastVerb = (w: string) =>
  w in IRREGULAR || (/^[a-z]{3,}ed$/.test(w) && !/^(?:need|speed|seed|feed|bed|red|shed|hundred)$/.test(w));

function verbPattern(w: string): RegExp {
  if (w in IRREGULAR) return new RegExp(String.raw`\b(?:${IRREGULAR[w]})\b`, "i");
  let stem = w.replace(/e?d$/, "");
  if (/([bdgklmnprt])\1$/.test(stem)) stem = stem.slice(0, -1); // "stopped" → "stop"
  return new RegExp(String.raw`\b${stem}(?:e|es|ed|ing|s|ped|ted|ned|red|ged)?\b`, "i");
}

function eventKeys(phrase: string): EventKeys | null {
  const all = words(phrase);
  const head = (ws: string[]) => {
    const cut = ws.findIndex((w) => PREPOSITIONS.has(w));
    const np = (cut < 0 ? ws : ws.slice(0, cut)).filter((w) => !DETERMINERS.has(w));
    return np.length && !FUNCTION.has(np[np.length - 1]!) ? np : null;
  };
  // A clause: "the paper published the story", "the story was published", "polls closed".
  const at = all.findIndex(
    (w, i) => i > 0 && isPastVerb(w) && !DETERMINERS.has(all[i - 1]!) && !PREPOSITIONS.has(all[i - 1]!),
  );
  if (at > 0) {
    const object = head(all.slice(at + 1));
    const subject = all.slice(0, at).filter((w) => !DETERMINERS.has(w) && !AUXILIARIES.has(w) && !PRONOUNS.has(w));
    const noun = object?.[object.length - 1] ?? subject[subject.length - 1];
    return noun && !FUNCTION.has(noun) ? { kind: "clause", verb: verbPattern(all[at]!), noun } : null;
  }
  const np = head(all);
  if (!np) return null;
  return { kind: "noun", head: np[np.length - 1]!, modifiers: np.slice(0, -1) };
}

const wordsBefore = (raw: string, at: number) => {
  const out: string[] = [];
  for (const m of [...raw.slice(Math.max(0, at - 60), at).matchAll(/[\p{L}][\p{L}’'-]*|[^\p{L}\s]/gu)].reverse()) {
    const w = m[0].toLowerCase();
    if (!/^\p{L}/u.test(w) || FUNCTION.has(w) || out.length === 3) break;
    out.unshift(w);
  }
  return out;
};

const compatible = (a: string[], b: string[]) => a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));

const AFTER_HEAD =
  /^(?:\s*,)?\s+(?:(?:was|is|are|were|will\s+be|had\s+been|has\s+been)\s+)?(?:(?:held|set|scheduled|slated|planned|called|due|took\s+place)\s+)?(?:on|of|for)\s+$|^\s*[,(—–]\s*(?:held\s+)?(?:on\s+)?$/i;

/**
 * The day-date the text gives an event in the sentence of the counted date or an earlier one:
 * "the Nov. 8 election", "Tuesday's vote", "the election, held on Nov. 8", or, for a clause ("the
 * paper published the story"), the one date of a sentence using the same verb and noun. Null when
 * none does, or when two give different days (which election?).
 */
export function datedEvent(
  raw: string,
  sents: Span[],
  sentence: number,
  phrase: Span & { text: string },
  days: DateMention[],
): DateMention | null {
  const keys = eventKeys(phrase.text);
  if (!keys) return null;
  const found = new Map<string, DateMention>();
  for (let i = sentence; i >= 0; i--) {
    const s = sents[i]!;
    const here = days.filter((d) => d.start >= s.start && d.end <= s.end);
    if (here.length === 0) continue;
    const text = raw.slice(s.start, s.end);
    if (keys.kind === "clause") {
      const outside = (re: RegExp) =>
        [...text.matchAll(new RegExp(re.source, "gi"))].some(
          (m) => s.start + m.index < phrase.start || s.start + m.index >= phrase.end,
        );
      const noun = new RegExp(String.raw`\b${keys.noun}(?:s|es)?\b`, "i");
      if (here.length === 1 && outside(keys.verb) && outside(noun)) found.set(here[0]!.resolved!, here[0]!);
      continue;
    }
    for (const m of text.matchAll(new RegExp(String.raw`\b${keys.head}(?:s|es)?\b`, "gi"))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      for (const d of here) {
        let modifiers: string[] | null = null;
        if (d.end <= start) {
          const gap = raw.slice(d.end, start);
          const between = /^(?:[’']s)?((?:\s+[\p{L}-]+){0,3})\s+$/u.exec(gap);
          const owned =
            /^[’']s/.test(gap) ||
            /\b(?:the|a|an|its|their|his|her|this|that|last)\s+$/i.test(raw.slice(Math.max(0, d.start - 8), d.start));
          if (between && owned) {
            const ws = words(between[1]!);
            if (ws.every((w) => !FUNCTION.has(w))) modifiers = ws;
          }
        } else if (d.start >= end && AFTER_HEAD.test(raw.slice(end, d.start))) {
          modifiers = wordsBefore(raw, start);
        }
        if (modifiers && compatible(modifiers, keys.modifiers)) found.set(d.resolved!, d);
      }
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
