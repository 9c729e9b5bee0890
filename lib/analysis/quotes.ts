import { ADVERB, SPEECH_VERB } from "./cues";
import { cleanName, NAME_RUN, type PersonIndex } from "./names";
import { findMarkedQuotes, type MarkedQuote } from "./quote-marks";
import {
  resolveSubject,
  SPEAKER_ASIDE,
  speakerAfter,
  speakerBefore,
  speakerLaterInSentence,
  type Context,
  type Speaker,
} from "./speakers";
import {
  clauseSubject,
  contextSpeaker,
  isVerbAfterSubject,
  echoOf,
  leadSubject,
  pronounClauseSubject,
  SCARE_MAX_WORDS,
  type Found,
} from "./quote-context";
import { escapeRegExp, spanIndexAt } from "./text";
import { findStatementLines, titleCase } from "./transcripts";
import type { Quote, Span } from "./types";
import { opensWithUnnamedGroup } from "./unnamed-subject";
import { narrativeBlocks } from "./narrative-blocks";

/** Direct quotes (marked, transcript lines, block quotes) and scare quotes, each with its speaker. */
export function findDirectQuotes(raw: string, paras: Span[], sents: Span[], people: PersonIndex): Quote[] {
  // Robert C. "Bobby" Scott: a nickname between the parts of a name is no quote.
  const marked = findMarkedQuotes(raw, paras).filter((q) => !isNickname(raw, q));
  const ctx: Context = {
    raw,
    people,
    quoted: marked.map((q) => ({ start: q.open, end: q.close + 1 })),
    narrative: narrativeBlocks(raw, marked, paras),
  };
  const found: Found[] = [];
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i]!;
    // A title (`MSNBC’s “Morning Joe”`) is nobody's words; it stays in `marked`, so that no quote goes on past it.
    const title = isTitle(raw, q);
    found.push({
      ...q,
      speaker: title ? null : attribute(ctx, q, i, marked, found, paras, sents),
      ...(title ? { title } : {}),
    });
  }
  // `Guns are “a crisis” and “a scandal,” Ana Ruiz said`: the first of two quotes joined by "and"
  // or "or" is the speaker's whom the attribution after the second names.
  for (let i = found.length - 2; i >= 0; i--) {
    const [f, g] = [found[i]!, found[i + 1]!];
    if (f.speaker || f.title || g.title || !g.speaker?.name || !g.speaker.cue || g.speaker.weak) continue;
    if (/^\s*,?\s*(?:and|or)\s+$/u.test(raw.slice(f.close + 1, g.open))) f.speaker = g.speaker;
  }
  for (const f of found) {
    if ((f.speaker?.name && !f.speaker.weak) || f.title) continue;
    const echo = echoOf(raw, f, found);
    // Words of people the article does not name only replace no speaker at all, never a name or a cue.
    if (echo && (echo.name || !f.speaker)) Object.assign(f, { speaker: echo, echo: true });
  }
  const lines = findStatementLines(raw, paras, people, ctx);
  const out: Quote[] = found
    .filter((f) => !lines.some((l) => f.start >= l.start && f.end <= l.end))
    .map((f) => {
      const text = raw.slice(f.start, f.end);
      const words = text.split(/\s+/).filter(Boolean).length;
      const scare = (words <= SCARE_MAX_WORDS && !f.speaker && !/[.!?…]$/.test(text)) || !!f.title;
      return {
        text,
        start: f.start,
        end: f.end,
        speaker: f.speaker?.name ?? null,
        cue: f.echo ? null : f.speaker?.cue || null,
        kind: scare ? "scare" : "direct",
      } satisfies Quote;
    });
  return withGroups(
    [...out, ...lines].sort((a, b) => a.start - b.start),
    people,
  );
}

/** Sets `speakers` on every quote whose speaker is a group the article's people know (direct and indirect). */
export function withGroups<Q extends Quote>(quotes: Q[], people: PersonIndex): Q[] {
  for (const q of quotes) {
    const members = people.membersOf(q.speaker);
    if (members) q.speakers = members;
    else delete q.speakers;
  }
  return quotes;
}

function attribute(
  ctx: Context,
  q: MarkedQuote,
  i: number,
  all: MarkedQuote[],
  found: Found[],
  paras: Span[],
  sents: Span[],
): Speaker | null {
  const { raw } = ctx;
  const para = paras[spanIndexAt(paras, q.open)]!;
  // The quote before in the paragraph, a title aside (`said on ABC’s "This Week." "Because …"`).
  const k = found.findLastIndex((f) => !f.title);
  const prev = k >= 0 && all[k]!.close >= para.start ? all[k]! : null;
  const next = i + 1 < all.length && all[i + 1]!.open < para.end ? all[i + 1]! : null;
  const openSentence = sents[spanIndexAt(sents, q.open)] ?? para;
  const closeSentence = sents[spanIndexAt(sents, Math.max(q.open, q.close - 1))] ?? para;
  const sentenceEnd = Math.max(closeSentence.end, q.close + 1);

  // `Ryan: ‘Anti-Semitic Images’ Have ‘No Place …’`: quotes in a line that a name labels are that person's.
  const paraLabel = /^((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}):\s+/u.exec(raw.slice(para.start, q.open));
  if (paraLabel) {
    const name = cleanName(titleCase(paraLabel[1]!.trim()));
    if (name && ctx.people.isNamed(name) && !/^(?:Q|A)$/.test(name)) {
      ctx.people.add(name);
      return { name: ctx.people.fullest(name), cue: "" };
    }
  }
  // `“… what he calls “hell” than …” ― Ana Ruiz`: a paragraph that is a quote signed at its end
  // is that person's, whatever marks stand inside it.
  const signature = new RegExp(`^\\s*["“].*["”’]\\s*[―—]\\s*(${NAME_RUN})\\.?\\s*$`, "su").exec(
    raw.slice(para.start, para.end),
  );
  const signer = signature && cleanName(signature[1]!);
  if (signer && signer.includes(" ") && ctx.people.isNamed(signer)) {
    ctx.people.add(signer);
    return { name: ctx.people.fullest(signer), cue: "" };
  }
  // A transcript quoted whole, one paragraph a speaker: `"PENCE: Well, look, …`.
  const label = /^(\p{Lu}[\p{Lu}.’' -]{1,40}?|(?:\p{Lu}[\p{L}.’'-]*\s?){1,3}):\s+\S/u.exec(raw.slice(q.start, q.end));
  if (label) {
    const name = cleanName(titleCase(label[1]!.trim()));
    if (name && ctx.people.isNamed(name) && !/^(?:Q|A)$/.test(name)) {
      ctx.people.add(name);
      return { name: ctx.people.fullest(name), cue: "" };
    }
  }

  // `Hale went on about “A,” and “B” and “C,” Ruiz said yes`: the last of a list of quotes joined by
  // "and" in one sentence is the list's, whose speaker a verb before it gave.
  const listedAfter = k >= 0 ? found[k]!.speaker : null;
  if (
    prev &&
    prev.close > openSentence.start &&
    listedAfter?.name &&
    listedAfter.cue &&
    !listedAfter.weak &&
    /^\s*,?\s*(?:and|or)\s+$/u.test(raw.slice(prev.close + 1, q.open))
  )
    return listedAfter;
  // After the quote, up to the next quote or the end of its sentence.
  const afterEnd = Math.min(next ? next.open : para.end, Math.max(sentenceEnd, nextSentenceEnd(sents, q.close)));
  const after = raw.slice(q.close + 1, afterEnd);
  // `“Go, team, go!,” Ann Lee wrote`: a comma before the closing mark hands over to the attribution.
  const finished = /[.!?…]$/.test(raw.slice(q.start, q.end)) && !/,/.test(raw.slice(q.end, q.close + 1));
  const a = speakerAfter(ctx, after, q.close + 1);
  if (a && (!finished || closesClause(after, /[?!]$/.test(raw.slice(q.start, q.end))))) return a;
  // `“Promise me you’ll stay,” Blige sings to Clinton`: after a quote handed over with a comma,
  // a name and a verb attribute it even when the verb is not one of speech.
  if (!a && (/,/.test(raw.slice(q.end, q.close + 1)) || /^\s*,/.test(after))) {
    // `“…,” she was “rushed away”`: he or she too.
    const m = new RegExp(
      `^[\\s,]*(${NAME_RUN}|[Hh]e|[Ss]he)${SPEAKER_ASIDE}\\s+(?:(?:${ADVERB}|\\p{Ll}+ly)\\s+)*(\\p{Ll}[\\p{Ll}-]*)\\b`,
      "u",
    ).exec(after);
    if (m && isVerbAfterSubject(m[2]!)) {
      const who = resolveSubject(ctx, m[1]!, q.close + 1);
      if (who?.name) return { name: who.name, cue: m[2]! };
    }
  }

  // Before it, in its clause: from the sentence start or the previous quote.
  const beforeStart = Math.max(openSentence.start, prev ? prev.close + 1 : para.start);
  const before = raw.slice(beforeStart, q.open);
  // `… including the former mayor Ana Ruiz -- "…" -- and Tom Hale`: a quote set off by dashes right after a name.
  const dashed = new RegExp(`(${NAME_RUN})\\s*(?:--|[—–])\\s*$`, "u").exec(before);
  if (dashed && /^\s*(?:--|[—–])/u.test(raw.slice(q.close + 1))) {
    const name = cleanName(dashed[1]!);
    if (name && (ctx.people.isKnown(name) || (name.includes(" ") && ctx.people.isNamed(name)))) {
      ctx.people.add(name);
      return { name: ctx.people.fullest(name), cue: "" };
    }
  }
  // `The ad uses footage of Ana Ruiz asking, "…"`: "asking" is no cue of indirect speech (`cues.ts`), but it gives a question its speaker.
  const asking = new RegExp(`(${NAME_RUN})\\s+asking[,:]\\s*$`, "u").exec(before);
  const asker = asking && cleanName(asking[1]!);
  if (asker && ctx.people.isKnown(asker)) return { name: ctx.people.fullest(asker), cue: "asking" };
  // `… has denied it, with Ana Ruiz taking to the radio to call him “…”`: the name after "with" is
  // the subject of the participle whose clause runs to the quote.
  const withSubject = new RegExp(
    `(?:^|[,;—–-]\\s*|\\s)with\\s+(${NAME_RUN})\\s+(?:${ADVERB}\\s+)*(?!(?:during|according|including|regarding|concerning|following|considering|pending|notwithstanding|something|nothing|everything|anything)\\b)\\p{Ll}+ing\\b[^"“”.;:!?()]*$`,
    "u",
  ).exec(before);
  const withName = withSubject && cleanName(withSubject[1]!);
  if (withName && ctx.people.isKnown(withName) && !/[’']s$/u.test(withSubject![1]!))
    return { name: ctx.people.fullest(withName), cue: "" };
  const b = speakerBefore(ctx, before, beforeStart);
  if (b) return b;
  // `Maria is more specific: "…"`: a clause that introduces the quote names its speaker.
  const intro = /:\s*$/.test(before) ? leadSubject(ctx, before, beforeStart) : null;
  if (intro) return { name: intro, cue: "" };

  // `All this has led the journalist Ana Ruiz to fear a “…”`: the person made to speak or think is the quote's subject.
  const ledTo = new RegExp(
    `\\b(?:led|prompted|caused|moved|pushed|forced)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(${NAME_RUN})\\s+to\\s+\\p{Ll}+\\b[^"“”.!?;]{0,60}$`,
    "u",
  ).exec(raw.slice(openSentence.start, q.open));
  const led = ledTo && cleanName(ledTo[1]!);
  if (led && (ctx.people.isKnown(led) || (led.includes(" ") && ctx.people.isNamed(led)))) {
    ctx.people.add(led);
    return { name: ctx.people.fullest(led), cue: "" };
  }

  // `… a “peacetime president” and that the United States “cannot …”`, or `‘…,’ said X. ‘…’`:
  // with no new speaker in between, the same speaker goes on.
  // `… a “strong leader,” he said. At the convention his aides forced a change, calling for “…”`:
  // a group the article does not name opens the quote's sentence, so the earlier speaker does not go on.
  // (A short quote earlier in the sentence is no new speaker: `… his aides forced a change,
  // dropping a call for “more ships” and calling for “…”`.)
  const groupOpens =
    (finished || raw.slice(q.start, q.end).split(/\s+/).length > SCARE_MAX_WORDS) &&
    !!prev &&
    opensWithUnnamedGroup(raw.slice(openSentence.start, prev.close > openSentence.start ? prev.open : q.open));
  if (prev && !groupOpens) {
    const earlier = found[k];
    const between = raw.slice(prev.close + 1, q.open);
    // `She replied: “…”` with "she" unresolved is a new speaker all the same.
    const introduced = new RegExp(
      `(?:${NAME_RUN}|\\b(?:he|she|they|He|She|They))\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b`,
      "u",
    ).test(between);
    if (earlier?.speaker) {
      let other = speakerBefore(ctx, between, prev.close + 1)?.name;
      // `"…," Lee's former strategist said. "…"`: a name only as a possessor is no new speaker.
      const last = other && escapeRegExp(other.split(/\s+/).at(-1)!);
      const inBetween = (re: string) => new RegExp(re, "u").test(between);
      if (last && inBetween(`\\b${last}[’']s\\s`) && !inBetween(`\\b${last}\\b(?![’']s\\b)`)) other = null;
      if (other ? other === earlier.speaker.name : !introduced) return earlier.speaker;
    }
  }

  // `“… neighborhood.” Russia insisted …`: a quote that ends its sentence leaves the next one alone.
  const ended = finished && /^\s+["“‘]?\p{Lu}/u.test(after);
  const later = ended
    ? null
    : speakerLaterInSentence(
        ctx,
        raw.slice(q.close + 1, Math.min(next ? next.open : para.end, sentenceEnd)),
        q.close + 1,
      );
  if (later) return later;

  // A quote that runs over paragraphs keeps its speaker; so does one introduced by "… said:".
  const sameGroup = found.find((f) => f.group === q.group && f.speaker?.name);
  if (sameGroup) return sameGroup.speaker;
  if (q.open === para.start) {
    const previous = paras[spanIndexAt(paras, para.start) - 1];
    if (previous && /:\s*$/.test(raw.slice(previous.start, previous.end))) {
      const s = sents[spanIndexAt(sents, previous.end - 1)] ?? previous;
      const intro = speakerBefore(ctx, raw.slice(s.start, previous.end), s.start);
      if (intro) return intro;
    }
  }
  // `Trump likened the refugees to a “vicious snake”`: the subject of the clause holding the quote.
  const subject = clauseSubject(ctx, raw.slice(openSentence.start, q.open), openSentence.start);
  if (subject) return subject;
  // `After saying she felt “…,” she was “rushed away” to a clinic`: the clause after an earlier quote in the sentence.
  if (prev && prev.close > openSentence.start) {
    const after = clauseSubject(ctx, raw.slice(prev.close + 1, q.open), prev.close + 1);
    if (after) return after;
  }
  const pronoun = pronounClauseSubject(ctx, raw.slice(openSentence.start, q.open), openSentence.start);
  if (pronoun) return pronoun;
  // `His surrogates called him “a genius” …`: people the article does not name speak; a statement
  // (not a short scare-like phrase, which stays without a speaker) is theirs, not someone's before.
  const statement = finished || raw.slice(q.start, q.end).split(/\s+/).length > SCARE_MAX_WORDS;
  if (statement && opensWithUnnamedGroup(raw.slice(openSentence.start, q.open)))
    // Unless the sentence closes on an attribution after a later quote (`… "a lot of weight" and
    // bring "firepower", spokesman Tom Hale said.`).
    return speakerLaterInSentence(ctx, raw.slice(q.close + 1, sentenceEnd), q.close + 1) ?? { name: null, cue: "" };
  return contextSpeaker(ctx, q, para, paras, found, sents);
}

function nextSentenceEnd(sents: Span[], offset: number): number {
  const i = spanIndexAt(sents, offset);
  return i >= 0 ? sents[i]!.end : offset;
}

/** `." Trump said.` closes a clause; `." Leavitt also said Trump was …` begins a new sentence. */
function closesClause(after: string, asked = false): boolean {
  // `"Why not?" Hale, a retired pilot, asked reporters at a rally in Dover.`: a question or an
  // exclamation does not end the sentence that its attribution goes on with.
  const afterQuestion = new RegExp(
    `^[\\s,]*(?:${NAME_RUN}|[Hh]e|[Ss]he|they)${SPEAKER_ASIDE}\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b(?![^.;“”"]{0,60}\\bthat\\b)`,
    "u",
  );
  if (asked && afterQuestion.test(after)) return true;
  // `” ― Ann B. Lee`: initials in the signature do not end a sentence.
  if (/^[\s,]*[―—–]\s*\p{Lu}(?:\p{Lu}\.|[^.!?])*\.?\s*$/u.test(after)) return true;
  // Not `." Russia insisted that the talks go on.`: a new sentence of reported speech.
  const subjectFirst = new RegExp(
    `^[\\s,]*(?:${NAME_RUN}|he|she|they)\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b(?![^.,;“”"]{0,40}\\bthat\\b)[^.,;“”"]{0,40}[.,;]`,
    "u",
  );
  const verbFirst = new RegExp(`^[\\s,]*${SPEECH_VERB}\\s+${NAME_RUN}\\s*[.,;]`, "u");
  return subjectFirst.test(after) || verbFirst.test(after);
}

/** `Robert C. "Bobby" Scott`, `Marcia “Cia” Price`: one or two capitalised words between a first name and a surname. */
function isNickname(raw: string, q: MarkedQuote): boolean {
  return (
    /^\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)?$/u.test(raw.slice(q.start, q.end)) &&
    /(?:^|\s)\p{Lu}[\p{Ll}.]*\s$/u.test(raw.slice(Math.max(0, q.open - 20), q.open)) &&
    /^\s\p{Lu}\p{Ll}/u.test(raw.slice(q.close + 1, q.close + 4))
  );
}

/** Nouns and phrases that introduce the title of a work or a show. */
const TITLE_CUE =
  /(?:\b(?:[Oo]n|[Ii]n)|\p{Lu}[\p{L}.&-]*[’']s|\b(?:show|program|programme|book|film|movie|documentary|song|album|series|column|op-ed|essay|podcast|titled|entitled|episode|musical|segment|memoir|novel|report|speech|hymn|anthem|forum|called)),?\s*$/u;

/**
 * The title of a work or a show: a few words in title case (`“Face the Nation”`, `''Make Your Kid
 * a Millionaire''`) after "on", a possessive (`MSNBC’s`) or a noun like "show", "book", "titled".
 */
function isTitle(raw: string, q: MarkedQuote): boolean {
  const text = raw.slice(q.start, q.end).replace(/[.,!?]$/u, "");
  const words = text.split(/\s+/);
  if (words.length > 8 || !words.every((w) => /^[\p{Lu}\d“"‘'(]/u.test(w) || (w.length <= 3 && /^\p{Ll}+$/u.test(w))))
    return false;
  return /^[\p{Lu}\d]/u.test(text) && TITLE_CUE.test(raw.slice(Math.max(0, q.open - 40), q.open));
}
