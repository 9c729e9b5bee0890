import nlp from "compromise";
import { ADVERB, cueAt, REPORT_CUES, type ReportCue, SPEECH_VERB } from "./cues";
import { accordingSource } from "./according";
import { NAME_RUN } from "./names";
import { speakerAfter, speakerBefore, type Context } from "./speakers";
import { isHeadline } from "./text";
import type { Quote, Span } from "./types";

/**
 * Indirect speech, sentence by sentence. The span is the reported content, without the cue, the
 * source or a "that" that opens it:
 *
 * - a cue before its content: "Rubio told senators (that) CONTENT", "officials say CONTENT",
 *   "a poll found CONTENT", "she wants CONTENT" (to …), "he endorsed CONTENT";
 * - a cue after it: "CONTENT, Bloomberg reported", "CONTENT, said Smith", "CONTENT, he added";
 * - a cue inside it: "CONTENT, he said, CONTENT" (one span over both parts);
 * - "according to": "According to X, CONTENT", "CONTENT, according to X".
 *
 * Content that is mostly a direct quote is left to the direct quote. A sentence may hold several
 * (a report of a report gives both: "CONTENT1, Bloomberg reported", where CONTENT1 is "Driscoll
 * told officials that CONTENT2").
 */

/** `minor`: an object or an infinitive ("endorsed X", "wants to …"), not a reported clause. */
type Found = { start: number; end: number; speaker: string | null; cue: string; minor?: boolean };

/** Words that may sit between a cue and its "that": the channel, the audience, the time and place. */
const BETWEEN_WORDS = new Set(
  `in on at during to with for of from before after a an the his her their its our my your this that's last next early earlier
   late later week month year night morning afternoon evening weekend day days today yesterday tonight recently also
   repeatedly publicly privately again previously once separately first further flatly simply bluntly reportedly
   statement statements interview interviews post posts tweet tweets video speech address message letter briefing
   conference news press email op-ed podcast broadcast appearance call remarks report memo session hearing show
   rally event debate forum town hall stop campaign meeting radio television tv program programme station network
   reporters supporters voters crowd audience journalists lawmakers senators members students donors listeners viewers
   readers followers attendees delegates officials colleagues staff employees workers people residents investors
   him her them me us you congress court committee panel jury judge`
    .split(/\s+/)
    .filter(Boolean),
);

/** Content that is a formula, not reported words: "said goodbye", "said no", "say so". */
const NOT_CONTENT =
  /^(?:goodbye|good-bye|hello|hi|thanks|thank\s+you|yes|no|so|nothing|little|much|more|less|otherwise|sorry|grace|a\s+prayer|amen|a\s+word|anything|something|it|this|that|the\s+word|the\s+same|a\s+lot|a\s+great\s+deal)\b\s*[.,;:!?]*$/iu;

/** "the said property", "a pledged delegate", "Clinton’s pledged delegates", "500 pledged delegates": no verb. */
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|most|more|less|least)\s+|[’']s\s+|\d\s+)$/iu;

const quotedShare = (span: Span, quoted: Span[]) => {
  const length = span.end - span.start;
  if (length <= 0) return 1;
  const inside = quoted.reduce(
    (n, q) => n + Math.max(0, Math.min(q.end + 1, span.end) - Math.max(q.start - 1, span.start)),
    0,
  );
  return inside / length;
};

/** Trims whitespace, a leading comma or colon, and trailing punctuation (a closing mark stays with its quote). */
function trim(raw: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/u.test(raw[start]!)) start++;
  while (end > start && /[\s,.;:!?—–-]/u.test(raw[end - 1]!)) end--;
  return { start, end };
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/**
 * After a cue: skips the audience ("told reporters"), the channel and time ("in a statement on
 * Monday") and "that", when a "that" follows within a few such words; else the content starts
 * right after the verb (and, for verbs with an audience, after a short object).
 */
function contentStart(
  after: string,
  cue: ReportCue,
  isVerbAt: (offset: number) => boolean = () => false,
): { skip: number; that: boolean } {
  // (A name may stand in quotation marks, "told the “Evening Show” that", and a place
  // set off by commas before "that": "says at a town meeting in Dover, Delaware, that".)
  const that = /^((?:[\s,]+["“”]?[\p{L}\p{N}’'.-]+["“”]?){0,12}?),?\s+that\s+(?=\S)/u.exec(after);
  if (that) {
    const between = words(that[1]!.replace(/[,"“”]/g, " "));
    // After "told" and the like, whoever was told may take a few words ("told The Post and Courier of Charleston on Saturday that"); no verb among them.
    const audience = cue.audience && ![...that[1]!.matchAll(/\S+/gu)].some((w) => isVerbAt(w.index));
    // A prepositional phrase with no verb in it: "said after a long lunch on Tuesday that".
    const prep =
      /^(?:after|at|in|on|during|via|through|before|from|over|by)$/i.test(between[0] ?? "") &&
      between.length <= 8 &&
      ![...that[1]!.matchAll(/\S+/gu)].slice(1).some((w) => isVerbAt(w.index));
    const ok =
      audience ||
      prep ||
      between.every(
        (w, i) =>
          BETWEEN_WORDS.has(w.toLowerCase()) ||
          w.toLowerCase() === "via" ||
          /^\p{Lu}/u.test(w) ||
          /^\d/.test(w) ||
          /[’']s$/u.test(w) ||
          (cue.audience && i < 3),
      );
    if (ok) return { skip: that[0].length, that: true };
  }
  let skip = 0;
  // "asked the president whether …", "asked reporters why …": the question starts at its wh-word.
  if (cue.audience) {
    const wh = /^((?:\s+[^\s,;:.!?"“”]+){0,6}?)\s+(?=(?:whether|if|how|what|why|who|whom|which|when|where)\s)/u.exec(
      after,
    );
    if (wh && ![...wh[1]!.matchAll(/\S+/gu)].some((w) => isVerbAt(w.index))) return { skip: wh[0].length, that: true };
    const about = /^\s+about\s+(?=\S)/u.exec(after);
    if (about) return { skip: about[0].length, that: true };
  }
  if (cue.audience) {
    const object = new RegExp(
      `^\\s+(?:him|her|them|me|us|you|reporters|supporters|voters|the\\s+(?:crowd|audience|court|jury|committee|panel)|(?:[\\p{Lu}][\\p{L}’'.-]*\\s+){0,3}[\\p{Lu}][\\p{L}’'.-]*)(?=[\\s,])`,
      "u",
    ).exec(after);
    if (object) skip = object[0].length;
  }
  const adjunct =
    /^(?:\s+(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|night|morning|afternoon|evening|yesterday|today|tonight|recently|repeatedly|publicly|privately|again|previously)\b|\s+(?:in|during)\s+(?:a|an|his|her|their|its|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:statement|interview|post|tweet|video|speech|address|message|letter|briefing|conference|email|op-ed|podcast|broadcast|appearance|call|remarks|report|memo|hearing|debate|rally|filing|release)\b(?:\s+(?:with|on|to)\s+(?:[\p{Lu}][\p{L}’'.-]*\s*){1,4})?|\s+on\s+(?:Twitter|Facebook|Instagram|television|TV|radio)\b|\s+to\s+(?:reporters|supporters|journalists|the\s+crowd)\b)+,?/u.exec(
      after.slice(skip),
    );
  if (adjunct) skip += adjunct[0].length;
  return { skip, that: false };
}

/**
 * Whether the words between a clause's start and the cue can be its subject, when the content
 * stands before them ("…, Bloomberg reported", "…, a source said", "…, the senator added").
 */
function subjectLike(subject: string): boolean {
  const w = words(subject);
  if (w.length === 0 || w.length > 10) return false;
  if (
    /^(?:and|but|or|which|that|who|whom|whose|because|while|as|if|when|where|after|before|since|though|although|so|than|to|in|on|at|for|with|of|by)$/i.test(
      w[0]!,
    )
  )
    return false;
  return !/["“”;:]/u.test(subject);
}

/** Who a subject is, by the resolvers the direct quotes use, as if it had said the words. */
function speakerOfSubject(ctx: Context, head: string, base: number): string | null {
  return speakerBefore(ctx, `${head.replace(/\s+$/, "")} said`, base)?.name ?? null;
}

/** Nouns that report what someone said, thought or wanted, with what introduces the content. */
const NOMINAL_CUES = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:claims?|assertions?|allegations?|arguments?|belief|beliefs|views?|suggestions?|warnings?|insistence|accusations?|statements?|announcements?|predictions?|promises?|pledges?|vows?|hopes?|fears?|concerns?|worries|complaints?|admission|acknowledge?ments?|assurances?|contention|conclusions?|findings?|estimates?|speculation|rumou?rs?|notion|impressions?|perceptions?|assumptions?|expectations?|suspicions?|denials?|indications?|reports?|insinuations?|theory|theories|boasts?|confidence|doubts?|sense)\s+that\s+`,
      String.raw`(?:promises?|pledges?|vows?|decisions?|refusal|calls?|offers?|threats?|push|willingness|reluctance|intention|desire|demands?)\s+to\s+(?=\p{Ll})`,
      String.raw`(?:support|criticism|praise|endorsement|attacks?|calls?|demands?|defen[cs]e|rejection|condemnation|approval|disapproval|doubts|concerns|questions|comments|remarks|views|complaints|warnings|denunciation|embrace)\s+(?:for|of|to|on|about|against)\s+`,
    ].join("|") +
    ")",
  "gu",
);

/** Participles that open a cue of their own after a comma: "…, adding that …". */
const PARTICIPLE = String.raw`(?:adding|saying|noting|arguing|explaining|telling|insisting|warning|citing|calling|urging|pointing|suggesting|claiming|acknowledging|asking|writing|according\s+to)`;

/** Where a content that runs on from its cue stops within the sentence: a semicolon, "…, while …", "…, adding …", "…, and urged …". */
function cutoffs(text: string): number[] {
  const out: number[] = [];
  const parts = [
    String.raw`;`,
    String.raw`(?:,|(?<=,["”’']))\s+(?=${PARTICIPLE}\b)`,
    String.raw`,?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?(?:${ADVERB}\s+)*(?=(?:said|says|added|urged|argued|noted|warned|told|called|insisted|suggested|declined|refused)\b)`,
    // ", and/but/so …": a second clause of the writer's, not the reported one.
    // (Not ", but hasn't decided …": with no subject of its own the clause goes on with the reported one.)
    // (A comma inside a closing quotation mark counts: '… "a start," and the council …'.)
    String.raw`(?:,|(?<=,["”’']))\s+(?:and|but|so|yet|or)\s+(?!that\b|(?:has|have|had|is|was|are|were|will|would|could|should|can|did|does|do|hasn['’]t|haven['’]t|hadn['’]t|isn['’]t|wasn['’]t|won['’]t|wouldn['’]t|can['’]t|didn['’]t|doesn['’]t|don['’]t)\b)`,
    // ", while …", ", as …": a contrast or a circumstance the writer adds.
    String.raw`(?:,|(?<=,["”’']))\s+(?:while|whereas|as|when|where|even\s+as)\s`,
    // A relative clause set off by one comma and running to the end: the writer's comment on what was said.
    String.raw`,\s+(?:which|who|whose)\s(?![^,]*,)`,
    // ", citing …", ", leaving …": a participle phrase.
    // (Not ", including …": a list that belongs to what was said.)
    String.raw`,\s+(?!including\b)(?=\p{Ll}+ing\b)`,
  ];
  // A dash does not end the content: what follows it ("— the kind of problems families face") most
  // often goes on with what was said (PolNeAR dev F1 58.9 → 59.1).
  // ', he …', '," she …': a new clause with a pronoun subject.
  parts.push(String.raw`,["”’']?\s+(?=(?:he|she|they|we|I|you)\s)`);
  // A sentence break the splitter missed (after a closing quotation mark or a lower-case word).
  parts.push(String.raw`(?<=[.!?]["”’']+)\s+(?=\p{Lu})|(?<=\p{Ll}{3}[.!?])\s+(?=\p{Lu})`);
  for (const m of text.matchAll(new RegExp(parts.join("|"), "gu"))) out.push(m.index);
  return out;
}

/** Forms that are as often nouns ("media reports", "the states", "a tweet"): they count only where the tagger reads a verb, or before "that". */
const NOUN_TOO =
  /^(?:states?|reports?|shows?|posts?|tweets?|remarks?|claims?|notes?|charges?|counters?|reasons?|demands?|fears?|hopes?|pledges?|promises?|vows?|plans?|offers?|estimates?|signals?|rules?|disputes?|doubts?|replies|reply|worr(?:y|ies)|guess(?:es)?|finds?|wants?|backs?|calls|call)$/i;
/** Cues that count only before "that" (else they are mostly about knowing or feeling, not saying). */
const WEAK = new RegExp(
  `^(?:know|knows|knew|feel|feels|felt|feeling|understand|understands|understood|learn|learns|learned|learnt|thinking|thought|posted|recognize|recognizes|recognized|observe|observes|reason|reasons|reasoned|rule|rules|ruled|decide|decides|decided|determine|determines|determined|state|states|remark|remarks|post|posts|tweet|tweets|find|finding|maintain|maintains|maintained|charge|charges|charged|counter|counters|countered|add|adds|added|adding)$`,
  "i",
);
/** Before "states", words that make it the noun: "in states that grow corn", "other states that …". */
const NOUN_STATES =
  /(?:\b(?:in|from|of|for|to|across|among|with|other|those|many|several|some|all|few|key|swing|battleground|early|voting|dozen)|\d)\s+$/u;
/** Words a reported clause does not open with: a preposition (a passive or an adjunct: "told by phone") or a finite verb ("which Smith said was written"). */
const NOT_CLAUSE_START =
  /^(?:by|with|of|at|in|on|for|from|as|into|about|over|under|against|through|during|after|before|since|until|like|than|upon|via|off|out|up|down|was|were|is|are|am|be|been|had|has|have|will|would|could|should|can|may|might|must|did|does|do|and|or|but|nor|so)(?=\s|[,.;:!?]|$)/i;

export function findIndirectSpeech(ctx: Context, sents: Span[], direct: Quote[]): Quote[] {
  const { raw } = ctx;
  const quoted = direct.map((q) => ({ start: q.start, end: q.end }));
  const inQuote = (i: number) => quoted.some((q) => i >= q.start && i < q.end);
  const out: Found[] = [];
  for (const s of sents) {
    const text = raw.slice(s.start, s.end);
    // Embedded markup (a captured tweet or post) is no prose.
    if (/^\s*</.test(text)) continue;
    const found: Found[] = [];
    /** Where a content that runs on from its cue must stop: a frame's comma ("…, Bloomberg reported"), a cutoff. */
    let tags: Map<number, boolean> | null = null;
    const isVerb = (at: number) => {
      tags ??= verbTags(text);
      return tags.get(at) ?? false;
    };
    const stops = cutoffs(text);

    // A headline or a line that opens with a name and a colon: "Sanders: Clinton Email Story Has Moved".
    const label = new RegExp(`^(${NAME_RUN}):\\s+(?=\\S)`, "u").exec(text);
    if (
      label &&
      words(label[1]!).length <= 5 &&
      (s.start === 0 || /\n\s*$/.test(raw.slice(Math.max(0, s.start - 3), s.start)))
    ) {
      const span = trim(raw, s.start + label[0].length, s.end);
      if (words(raw.slice(span.start, span.end)).length >= 3)
        found.push({ ...span, speaker: speakerOfSubject(ctx, label[1]!, s.start), cue: ":" });
    }
    // A headline in title case, "Obama Says We Should Pay Attention To History": what follows the verb.
    const lineStart = s.start === 0 || /\n\s*$/.test(raw.slice(Math.max(0, s.start - 3), s.start));
    const headline =
      lineStart && /^\s*(?:\n|$)/.test(raw.slice(s.end, s.end + 3)) && !/[.]\s*$/.test(text) && isHeadline(text)
        ? /^(.{2,80}?)\s+(Says|Said|Tells|Told|Claims|Warns|Admits|Insists|Vows|Predicts|Suggests|Thinks|Believes|Urges|Argues|Declares|Promises|Pledges)(?:\s+That)?\s+(?=\S)/u.exec(
            text,
          )
        : null;
    if (headline && /\p{Lu}/u.test(headline[1]!) && !/["“”]/u.test(headline[1]!)) {
      const span = trim(raw, s.start + headline[0].length, s.end);
      if (words(raw.slice(span.start, span.end)).length >= 2)
        found.push({
          ...span,
          speaker: speakerOfSubject(ctx, headline[1]!.replace(/^.*:\s*/u, ""), s.start),
          cue: headline[2]!.toLowerCase(),
        });
    }
    // "Asked whether he would run, Smith said …": the question put to the subject, up to the comma.
    const askedLead =
      /^\s*(?:When\s+)?[Aa]sked\s+(?:(?:by|on|at|in|during)\s+[^,;:]{1,60}?\s+)?(?=(?:if|whether|how|what|why|who|which|when|where)\s)/u.exec(
        text,
      );
    if (askedLead && !inQuote(s.start)) {
      const comma = text.indexOf(",", askedLead[0].length);
      if (comma > 0)
        found.push({ ...trim(raw, s.start + askedLead[0].length, s.start + comma), speaker: null, cue: "asked" });
    }
    // "X seems …", "X appears to …": an impression the text reports without saying whose.
    const seem =
      /^(?:(?!\b(?:said|says)\b)[^,;:"“”])+?\s(?:seems?|seemed|appears?|appeared)\s+(?:to\s|like\s|\p{Ll})/u.exec(text);
    if (seem && !inQuote(s.start)) found.push({ ...trim(raw, s.start, s.end), speaker: null, cue: "seems" });

    // "In the latest Gallup poll, CONTENT" / "CONTENT, in a CNN survey": what a poll or a study found.
    const POLLISH = String.raw`(?:poll|polls|polling|survey|surveys|study|studies|report|analysis|census|tally|count|estimates?|data|figures)`;
    const inLead = new RegExp(
      String.raw`^(?:But\s+|And\s+|Yet\s+)?[Ii]n\s+([^,;:]{0,80}?\b${POLLISH}\b[^,;:]{0,60}?),\s+(?=\S)`,
      "u",
    ).exec(text);
    if (inLead && !inQuote(s.start))
      found.push({
        ...trim(
          raw,
          s.start + inLead[0].length,
          s.start + Math.min(text.length, ...stops.filter((x) => x > inLead[0].length)),
        ),
        speaker: accordingSource(ctx, inLead[1]!, s.start, s),
        cue: "in",
      });
    const inTrail = new RegExp(
      String.raw`,\s+(?:according\s+to|in)\s+((?:an?|the|his|her|their|its)\s+[^,;:]{0,80}?\b${POLLISH}\b[^,;:]{0,60}?)[.!?]?$`,
      "u",
    ).exec(text);
    if (inTrail && !/according/.test(inTrail[0])) {
      found.push({
        ...trim(raw, s.start, s.start + inTrail.index),
        speaker: accordingSource(ctx, inTrail[1]!, s.start + inTrail.index, s),
        cue: "in",
      });
      stops.push(inTrail.index);
    }

    // "according to X" at the start, at the end, or in the middle.
    // (The phrase may hold a dotted abbreviation or initials: "the F.A.A.", "ouest-france.fr", "E. J. Fleming's".)
    for (const m of text.matchAll(
      /\b([Aa]ccording\s+to|[Aa]s\s+reported\s+by)\s+((?:[^,;:.!?"“”—–()]|\.(?=[\p{L}\p{N}])|(?<=(?:^|\s)\p{Lu})\.\s(?=\p{Lu}))+?)(?=\s*(?:[,;:!?"“”—–()]|(?<!(?:^|\s)\p{Lu})\.(?:\s|$)|$))/gu,
    )) {
      const at = m.index;
      if (inQuote(s.start + at)) continue;
      const phraseEnd = at + m[0].length;
      const source = accordingSource(ctx, m[2]!, s.start + at, s);
      const before = text.slice(0, at);
      if (/^\s*$/.test(before)) {
        const span = trim(raw, s.start + phraseEnd, s.end);
        found.push({ ...span, speaker: source, cue: "according to" });
      } else if (/,\s*$/.test(before)) {
        const after = text.slice(phraseEnd);
        const last = /^[\s.!?]*$/.test(after);
        found.push({
          ...(last ? trim(raw, s.start, s.start + at) : trim(raw, s.start, s.end)),
          speaker: source,
          cue: "according to",
        });
        stops.push(before.replace(/[\s,]+$/, "").length);
      } else if (/^[,.;:!?\s]/.test(text.slice(phraseEnd)) && words(before).length >= 3) {
        // "CONTENT according to X, but …": what stands before, the phrase ending the report.
        found.push({ ...trim(raw, s.start, s.start + at), speaker: source, cue: "according to" });
      }
    }

    const leading: {
      head: string;
      from: number;
      cueText: string;
      np: boolean;
      npOnly: boolean;
      minor: boolean;
      nominal?: boolean;
      ownerAt?: number;
      until?: number;
    }[] = [];
    for (const m of text.matchAll(REPORT_CUES.regex)) {
      const verbAt = m.index + m[0].indexOf(m[1]!);
      const verbEnd = verbAt + m[1]!.length;
      if (inQuote(s.start + verbAt)) continue;
      const cue = REPORT_CUES.of(m[1]!);
      if (!cue) continue;
      const head = text.slice(0, verbAt);
      if (DETERMINER_BEFORE.test(head) || /[<=]\S*$/u.test(head)) continue;
      const after = text.slice(verbEnd);
      const form = m[1]!.replace(/\s+/g, " ");
      // "win back the seat", "fought back a rival", "prices going back to 1990": a particle, no backing.
      if (
        /^back$/i.test(form) &&
        (/^\s+(?:to|up|in|into|on|out|down|off|from|home|then|when|each)\b/u.test(after) ||
          /(?:\p{Ll}+ing|\b(?:beat|bring|take|took|pay|came|come|go|went|fight|fought|push|pushed|get|got|give|gave|win|won|hold|held|roll|rolled|scale|scaled|cut|turn|turned|look|looked|step|stepped|bounce|bounced))\s+$/u.test(
            head,
          ))
      )
        continue;
      // "farmers in states that grow corn": the noun, before a relative clause.
      if (/^states$/i.test(form) && NOUN_STATES.test(head)) continue;
      // "came early to see the parade", "work hard to support the library": a purpose, mostly no report.
      if (/^(?:see|support)$/i.test(form) && /\bto\s+$/u.test(head)) continue;
      // "a lead in pledged delegates": a kind of delegate, no pledge.
      if (/^pledged$/i.test(form) && /^\s+delegates?\b/u.test(after)) continue;
      const thatNext = /^\s+that\s/u.test(after);
      if (
        (NOUN_TOO.test(form) || (cue.np && !cue.clause && !/\s/.test(form))) &&
        (!thatNext || NOUN_TOO.test(form)) &&
        !isVerb(verbAt) &&
        // "another slide shows …", "the survey data show …": after a record of facts, "show" is the verb.
        !(
          /^(?:shows?|showed)$/i.test(form) &&
          /\b(?:poll|polls|polling|survey|surveys|average|data|analysis|study|studies|report|reports|documents|records|figures|numbers|slide|chart|map|video|footage|photo|memo|email|emails|tape|recording|results|research|return|returns|filing|filings|transcript)\s+$/iu.test(
            head,
          )
        )
      )
        continue;
      // "the jobs report gives …": a noun, with the verb after it.
      if (NOUN_TOO.test(form) && !thatNext) {
        const next = /^\s+(\p{Ll}+)/u.exec(after);
        if (next && /s$/.test(next[1]!) && isVerb(verbEnd + next[0].length - next[1]!.length)) continue;
      }
      const cueText = new RegExp(`^${SPEECH_VERB}$`, "u").test(m[1]!)
        ? cueAt(text, verbAt) || form
        : form.toLowerCase();

      // "As Clyburn noted, CONTENT" / "As the report put it, CONTENT".
      const asFrame = new RegExp(
        `(?:^|[,;:]\\s+|\\b(?:[Bb]ut|[Aa]nd|[Yy]et)\\s+)[Aa]s\\s+([^,;:]{1,60}?)\\s+(?:${ADVERB}\\s+)*$`,
        "u",
      ).exec(head);
      const asTail = /^(?:\s+(?:it|out|earlier|recently|(?:in|on|at|during)\s+[^,]{1,40}?))?,\s+(?=\S)/u.exec(after);
      if (asFrame && asTail) {
        const from = verbEnd + asTail[0].length;
        leading.push({
          head: text.slice(0, asFrame.index + asFrame[0].length),
          from,
          cueText,
          np: false,
          npOnly: false,
          minor: false,
        });
        continue;
      }
      // Content before: "…, X said." / "…, said X." / "…, X said, …" (the subject after a comma).
      const frame = trailing(head, form, after, cue.audience, (o) => isVerb(verbEnd + o));
      if (frame) {
        // "CONTENT, he said, CONTENT": one span over both parts, up to where the second part stops.
        // "“…,” Jane Roe, director of the institute, said": what follows the quotation is its speaker, not content.
        const quoteEnd = /^(.*[,.!?](?:["”’]|''))\s+[^"“”]*$/su.exec(text.slice(0, frame.contentEnd));
        const contentEnd = quoteEnd && !frame.both ? quoteEnd[1]!.length : frame.contentEnd;
        const span = frame.both ? trim(raw, s.start, s.start + text.length) : trim(raw, s.start, s.start + contentEnd);
        const speaker = frame.verbFirst
          ? (speakerAfter(ctx, `, said ${frame.subject}`, s.start + frame.contentEnd)?.name ?? null)
          : speakerOfSubject(ctx, head, s.start);
        if (!frame.both) stops.push(frame.contentEnd);
        found.push({ ...span, speaker, cue: cueText });
        continue;
      }
      // A passive that names no speaker: "Smith has been criticized for …", "The bank is expected to act …": the whole sentence.
      if (
        new RegExp(
          `\\b(?:is|are|was|were|been|being|be)\\s+(?:${ADVERB}\\s+|widely\\s+|generally\\s+|often\\s+|roundly\\s+|sharply\\s+)*$`,
          "u",
        ).test(head) &&
        /(?:ed|said|thought|seen|known|shown|found|written|sought)$/.test(form)
      ) {
        const raising =
          /^\s+to\s/u.test(after) &&
          /^(?:said|expected|believed|thought|reported|seen|known|considered|rumou?red|alleged|understood|projected|predicted|estimated)$/.test(
            form,
          );
        if (raising || false) {
          found.push({ ...trim(raw, s.start, s.end), speaker: null, cue: form.toLowerCase() });
          continue;
        }
      }
      // '“…,” he said earlier this week', '“…,” Jane Roe, an aide, said of the plan': the frame of the quotation before it; what follows is a time, a place or a manner.
      if (
        /[,.!?](?:["”’]|'')\s+[^"“”]{1,120}$/u.test(head) &&
        words(/[^"“”]*$/u.exec(head)![0]).length <= 16 &&
        (/^\s+(?:\p{Ll}+ly|earlier|later|last|this|on|at|in|outside|inside|during|while|as|when|before|after|onstage|answering|speaking|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/u.test(
          after,
        ) ||
          // ('“…,” Reyes told local radio host Ann Lee', '“…,” Reyes said late on Friday'.)
          cue.audience ||
          /^\s+(?:late|early|without|to|from|via|through|over|by|of|about|matter-of-factly)\b/u.test(after)) &&
        !/^\s+(?:[^\s]+\s+){0,4}?that\s/u.test(after)
      )
        continue;
      // Right after a comma or a closing quotation mark, "said" has its subject after it, never its content.
      if (VERB_FIRST.test(form) && /(?:["”’]|'')\s*$/u.test(head)) continue;
      // "Officials were asked about the delay": the subject is the one asked, not a speaker; only a "that" clause makes it reported speech.
      if (
        cue.audience &&
        /\b(?:is|are|was|were|been|being|be)\s+$/u.test(head) &&
        !/^(?:\s+[^\s]+){0,4}?\s+that\s/u.test(after) &&
        // ("was asked whether …" reports the question.)
        !(
          /^asked$/i.test(form) &&
          /^(?:\s+[^\s,;:.!?"“”]+){0,6}?\s+(?:whether|if|how|what|why|who|which|when|where)\s/u.test(after)
        )
      )
        continue;
      // Content after: "X said (that) …".
      const { skip, that } = contentStart(after, cue, (o) => isVerb(verbEnd + o));
      const contentFrom = verbEnd + skip;
      const rest = text.slice(contentFrom).trimStart();
      if (that && /^(?:night|day|week|month|year|morning|afternoon|evening|time)\b/u.test(rest)) continue;
      // "told reporters after the meeting that was held downtown": a relative "that", then its verb.
      if (that && /^(?:was|were|is|are|has|had|have|will|would)\b/u.test(rest)) continue;
      // "the bus plan, which she said would cut travel times": the relative pronoun and the clause after the cue are the content.
      if (!that && cue.clause) {
        const rel = new RegExp(
          `(?:^|[\\s,(])(which|that|who)\\s+(?:[\\p{L}’'.-]+\\s+){1,4}(?:${ADVERB}\\s+)*$`,
          "u",
        ).exec(head);
        if (
          rel &&
          !/^(?:that|which|who)\s/u.test(rel[0].trim().split(/\s+/).slice(1).join(" ") + " ") &&
          /^(?:was|were|is|are|had|has|have|would|will|could|should|can|may|might|must)\s/u.test(rest)
        ) {
          const relAt = rel.index + rel[0].indexOf(rel[1]!);
          // Set off by commas ("the plan, which he says would cut taxes, is …"), the clause ends at the next comma.
          const comma = /,\s*$/u.test(text.slice(0, relAt)) ? text.indexOf(",", verbEnd) : -1;
          leading.push({
            head: text.slice(0, relAt),
            from: relAt,
            cueText,
            np: false,
            npOnly: false,
            minor: false,
            ...(comma > 0 ? { until: comma } : {}),
          });
          continue;
        }
      }
      const infinitive = /^to\s+\p{L}/u.test(rest);
      // "urged the senator to apologize", "called on Congress to act": the one asked is part of the content.
      if (!that && !infinitive && (cue.audience || cue.to)) {
        const object = /^\s+(?:[^\s,;:.!?"“”]+\s+){1,6}?to\s+\p{Ll}/u.exec(after);
        if (object && !/^\s+(?:that|to)\b/u.test(after)) {
          leading.push({ head, from: verbEnd, cueText, np: cue.np, npOnly: false, minor: true });
          continue;
        }
      }
      if (infinitive ? !(cue.to || (cue.audience && skip > 0)) : !(that || cue.clause || cue.np)) continue;
      if (!that && WEAK.test(form)) continue;
      if (
        !that &&
        !infinitive &&
        ((NOT_CLAUSE_START.test(rest.replace(/^\p{Ll}+ly\s+/u, "")) &&
          !/^(?:at\s+(?:least|most)|about\s+\d|more\s+than|less\s+than|fewer\s+than|over\s+\d|up\s+to)\b/u.test(
            rest,
          )) ||
          /^(?:while|when|upon)\b/u.test(rest) ||
          /^[,:(—–-]/u.test(rest))
      )
        continue;
      // "told the newspaper", "told The Nation on Sunday": an audience, no content.
      if (
        !that &&
        !infinitive &&
        cue.audience &&
        !cue.np &&
        words(rest.replace(/[.!?"”]+$/u, "")).length <= 4 &&
        /^(?:the|a|an)\s|^\p{Lu}/u.test(rest)
      )
        continue;
      if (
        !that &&
        !infinitive &&
        cue.audience &&
        /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:audience|crowd|gathering|reporters|journalists|newspaper|paper|magazine|network|station|interviewer|host|committee|panel|senators|lawmakers|supporters|voters|students|conference|summit|forum|rally)\b/u.test(
          rest,
        )
      )
        continue;
      if (NOT_CONTENT.test(rest) || /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)\b/iu.test(rest))
        continue;
      leading.push({
        head,
        from: contentFrom,
        cueText,
        np: cue.np,
        npOnly: cue.np && !cue.clause && !that && !infinitive,
        minor: !that && (infinitive || (cue.np && !cue.clause)),
      });
    }
    // Any other verb with a "that" clause: "prosecutors determined that …", "he recognized that …" (a verb, so "that" opens its complement, not a relative clause).
    for (const m of text.matchAll(/(?<=\s)(\p{Ll}+)\s+that\s+(?=\p{L})/gu)) {
      const at = m.index;
      if (inQuote(s.start + at) || leading.some((l) => l.from === at + m[0].length)) continue;
      if (
        /^(?:is|was|are|were|be|been|being|has|have|had|do|does|did|so|such|now|given|except|but|and|or|than|like|all|not|only|just|say|says|said|saying)$/u.test(
          m[1]!,
        ) ||
        // "the meeting that was held downtown": a relative "that", its verb right after it.
        /^(?:was|were|is|are|has|had|have|will|would)\b/u.test(text.slice(at + m[0].length)) ||
        (m[1] === "states" && NOUN_STATES.test(text.slice(0, at))) ||
        // "higher fees mean that …" is a reasoning, not a report; "a campaign that year": no clause.
        /^(?:means?|meant|meaning)$/u.test(m[1]!) ||
        /^(?:night|day|week|month|year|morning|afternoon|evening|time|season|summer|fall|spring|winter)\b/u.test(
          text.slice(at + m[0].length),
        ) ||
        !isVerb(at)
      )
        continue;
      leading.push({
        head: text.slice(0, at),
        from: at + m[0].length,
        cueText: m[1]!.toLowerCase(),
        np: false,
        npOnly: false,
        minor: false,
      });
    }
    // Nominal cues: "his claim that …", "the pledge to …", "support for …", "attacks on …".
    for (const m of text.matchAll(NOMINAL_CUES)) {
      const at = m.index;
      if (inQuote(s.start + at)) continue;
      const cueWords = m[0].trim().toLowerCase().replace(/\s+/g, " ");
      // "the deadly attack on the depot": an act of force, no words.
      if (/^attack on$/.test(cueWords) && /\bthe\s+(?:[^\s]+\s+){0,2}$/iu.test(text.slice(0, at))) continue;
      // "remarks on Friday", "gave her support to local farmers", "a push to repave every road": mostly no report.
      if (/^(?:remarks \w+|support to|views of|defen[cs]e of|rejection of|push to)$/.test(cueWords)) continue;
      const from = at + m[0].length;
      const head = text.slice(0, at);
      const owner = new RegExp(`(${NAME_RUN})[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, "u").exec(head);
      const minor = !/\bthat$/.test(m[0].trimEnd());
      leading.push({
        head: owner ? owner[1]! : "",
        from,
        cueText: m[0].trim().toLowerCase(),
        np: true,
        npOnly: false,
        minor,
        nominal: true,
        ownerAt: owner ? owner.index : 0,
      });
    }
    // A cue inside a fronted subordinate clause ("Though he boasted that …, on Tuesday he said …"): its content ends at the clause's comma.
    const fronted =
      /^\s*(?:While|Though|Although|After|When|As|Because|If|Since|Despite|Before|Once|Even\s+though|Even\s+as|Even\s+after|Just\s+as|Until|Unless|Whereas)\b/u.test(
        text,
      );
    for (const l of leading) {
      // A content that opens with a subordinate clause ("that if voters backed him, he would …") runs past its first comma.
      const opener =
        /^\s*(?:if|when|whenever|as|after|before|since|once|unless|until|while|although|though|because|in|on|at|by|for|with|without|despite|during|under|given|instead|rather|like|unlike)\b/iu.test(
          text.slice(l.from),
        );
      const firstComma = opener ? text.indexOf(",", l.from) : -1;
      let end = Math.min(
        l.until ?? text.length,
        ...stops.filter((x) => x > l.from && !(firstComma >= 0 && x >= firstComma && x <= firstComma + 1)),
      );
      if (fronted && !l.head.includes(",") && !opener) {
        const comma = /,\s/u.exec(text.slice(l.from));
        if (comma) end = Math.min(end, l.from + comma.index);
      }
      // An object ends before a comma: "endorsed Trump, calling him …", and before an adjunct of time or place.
      // (So does the object of a noun: "questions about her plan, particularly after the storm".)
      if (l.npOnly || (l.nominal && l.minor)) {
        // (A relative clause after the object belongs to it: "praised Jeb Bush, who …".)
        const adjunct = /,/u.exec(text.slice(l.from));
        if (adjunct && adjunct.index > 0) end = Math.min(end, l.from + adjunct.index);
        // …and before a time or a circumstance: "endorsed Cruz last week", "preferred him when the poll was taken".
        const when =
          /\s(?=(?:when|while|after|before|since|last|earlier|yesterday|today|during|until|(?:this|next)\s+(?:week|month|year|weekend)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)/u.exec(
            text.slice(l.from, end),
          );
        if (when && when.index > 0) end = l.from + when.index;
      }
      // A second verb for the same subject is no part of the content: "… and defended Cruz", "… but took issue with …".
      if (l.minor) {
        for (const m of text
          .slice(l.from, end)
          .matchAll(/\s(?:and|but)\s+(?:(?:also|then|later|still|even)\s+)?(?=\p{Ll})/gu)) {
          if (m.index > 0 && isVerb(l.from + m.index + m[0].length)) {
            end = l.from + m.index;
            break;
          }
        }
      }
      const span = trim(raw, s.start + l.from, s.start + end);
      if (words(raw.slice(span.start, span.end)).length < (l.np ? 1 : 2)) continue;
      const speaker = l.nominal
        ? l.head
          ? speakerOfSubject(ctx, l.head, s.start + (l.ownerAt ?? 0))
          : null
        : speakerOfSubject(ctx, l.head, s.start);
      found.push({ ...span, speaker, cue: l.cueText, minor: l.minor });
    }
    // Two contents that mostly cover each other ("he says [she thinks X]" and "she thinks [X]") report the same words: one is kept.
    const inter = (a: Found, b: Found) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    // (A chain with two named sources is two reports: "Rubio told senators that …, according to Rounds".)
    const chain = (a: Found, b: Found) => !!a.speaker && !!b.speaker && a.speaker !== b.speaker;
    const same = (a: Found, b: Found) =>
      !chain(a, b) && inter(a, b) >= 0.5 * (a.end - a.start) && inter(a, b) >= 0.5 * (b.end - b.start);
    const keep: Found[] = [];
    const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const f of order) if (f.end > f.start && !keep.some((k) => same(k, f))) keep.push(f);
    found.splice(0, found.length, ...found.filter((f) => keep.includes(f)));
    for (const f of found) {
      if (f.end <= f.start) continue;
      // An object or an infinitive inside another content is part of what was reported, not a report of its own.
      if (f.minor && found.some((o) => o !== f && !o.minor && o.start <= f.start && o.end >= f.end)) continue;
      if (quotedShare(f, quoted) >= 0.5) continue;
      if (out.some((o) => o.start === f.start && o.end === f.end)) continue;
      out.push(f);
    }
  }
  return out.map((f) => ({
    text: raw.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    speaker: f.speaker,
    cue: f.cue,
    kind: "indirect" as const,
  }));
}

/** Which words of a sentence compromise tags as verbs, by their offset. */
function verbTags(text: string): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: { offset: { start: number }; tags: string[] }[];
  }[];
  for (const sentence of json) for (const t of sentence.terms) out.set(t.offset.start, t.tags.includes("Verb"));
  return out;
}

/** Verbs that may come before their subject: "…, said Smith", "…, added the senator". */
const VERB_FIRST =
  /^(?:said|says|added|adds|wrote|writes|noted|notes|explained|argued|asked|recalled|warned|replied|continued|countered|insisted|observed|remarked|reported|reports|told|tweeted|declared|acknowledged|conceded|concluded|stressed)$/;

/**
 * A cue whose content stands before it: ", SUBJECT (adverbs) VERB [tail]" or ", VERB SUBJECT", the
 * tail being nothing, an audience, a channel or a time, or a comma that resumes the content.
 */
function trailing(
  head: string,
  verb: string,
  after: string,
  audience: boolean,
  isVerbAt: (offsetInAfter: number) => boolean,
): { contentEnd: number; subject: string; verbFirst: boolean; both: boolean } | null {
  // A participle that opens a cue of its own ends this one: "…, he said, adding that …".
  const own = new RegExp(`,\\s+${PARTICIPLE}\\b`, "u").exec(after);
  const tailText = own ? after.slice(0, own.index) : after;
  const tail = /^((?:\s+(?:[\p{L}\p{N}’'.-]+)){0,14}?)\s*(?:[.!?]["”’]?)?\s*$/u.exec(tailText.replace(/,(?=\s)/g, ""));
  // The content resumes after the frame (not with a quotation, which is the quote's own: "…, he added, ''but …''").
  const resumes = /^,\s+(?!(?:adding|saying|noting|arguing|explaining|telling|according)\b)(?!["“”‘’']|'')\S/u;
  const tailWords = tail ? words(tail[1]!) : [];
  const prepositional =
    !!tail &&
    /^(?:in|on|at|during|to|after|before|while|when|as|last|this|from|via|through|with|without|outside|inside|since)$/i.test(
      tailWords[0] ?? "",
    ) &&
    ![...tail[1]!.matchAll(/\S+/gu)].slice(1).some((w) => isVerbAt(w.index));
  const adjunctOnly =
    prepositional ||
    (!!tail &&
      tailWords.every(
        (w, i) =>
          BETWEEN_WORDS.has(w.toLowerCase()) ||
          /^\p{Lu}/u.test(w) ||
          /^\d/.test(w) ||
          /[’']s$/u.test(w) ||
          (audience && i < 2),
      ));
  const endsHere = !!tail && !/\bthat\b/u.test(tailText) && !/^\s+to\s/u.test(tailText);
  const both = resumes.test(after);
  // ", said X" (what follows, up to a comma, is the subject: a noun phrase, no verb in it).
  if (/(?:,\s*(?:["”’]|'')?|[,.!?](?:["”’]|''))\s*$/u.test(head) && VERB_FIRST.test(verb)) {
    const m = /^(\s+)([^,;:!?]+?)(?=\s*(?:[,;:!?]|\.\s*$|$))/u.exec(tailText);
    const subject = m?.[2];
    const contentEnd = head.replace(/[\s,]+$/, "").length;
    const from = m ? m[1]!.length : 0;
    const verbIn = subject ? [...subject.matchAll(/\S+/gu)].some((w) => isVerbAt(from + w.index)) : true;
    if (
      subject &&
      !verbIn &&
      !/^(?:he|she|they|it|i|we|you|that|this|there)\b/i.test(subject) &&
      words(subject).length <= 12 &&
      words(head).length >= 3
    )
      return { contentEnd, subject, verbFirst: true, both: false };
  }
  if (!endsHere && !both) return null;
  // ", X said" / ", X, a spokesman, said".
  const subjectFirst = new RegExp(`,\\s+([^,]{1,80}?)(?:,[^,]{1,60},)?\\s+(?:${ADVERB}\\s+)*$`, "u").exec(head);
  if (subjectFirst && subjectLike(subjectFirst[1]!) && (adjunctOnly || both)) {
    const contentEnd = subjectFirst.index;
    if (both || words(head.slice(0, contentEnd)).length >= 3)
      return { contentEnd, subject: subjectFirst[1]!, verbFirst: false, both };
  }
  return null;
}
