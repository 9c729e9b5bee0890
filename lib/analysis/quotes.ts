import { ADVERB, SPEECH_VERB } from "./cues";
import { NAME_RUN, type PersonIndex } from "./names";
import { findMarkedQuotes, type MarkedQuote } from "./quote-marks";
import { speakerAfter, speakerBefore, speakerLaterInSentence, type Context, type Speaker } from "./speakers";
import { contextSpeaker, echoOf, leadSubject, SCARE_MAX_WORDS, type Found } from "./quote-context";
import { spanIndexAt } from "./text";
import { findStatementLines } from "./transcripts";
import type { Quote, Span } from "./types";

/** Direct quotes (marked, transcript lines, block quotes) and scare quotes, each with its speaker. */
export function findDirectQuotes(raw: string, paras: Span[], sents: Span[], people: PersonIndex): Quote[] {
  const marked = findMarkedQuotes(raw, paras);
  const ctx: Context = { raw, people, quoted: marked.map((q) => ({ start: q.open, end: q.close + 1 })) };
  const found: Found[] = [];
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i]!;
    found.push({ ...q, speaker: attribute(ctx, q, i, marked, found, paras, sents) });
  }
  for (const f of found) {
    if (f.speaker?.name && !f.speaker.weak) continue;
    const echo = echoOf(raw, f, found);
    if (echo) Object.assign(f, { speaker: echo, echo: true });
  }
  const lines = findStatementLines(raw, paras, people, ctx);
  const out: Quote[] = found
    .filter((f) => !lines.some((l) => f.start >= l.start && f.end <= l.end))
    .map((f) => {
      const text = raw.slice(f.start, f.end);
      const words = text.split(/\s+/).filter(Boolean).length;
      const scare = words <= SCARE_MAX_WORDS && !f.speaker && !/[.!?…]$/.test(text);
      return { text, start: f.start, end: f.end, speaker: f.speaker?.name ?? null, cue: f.echo ? null : (f.speaker?.cue || null), kind: scare ? "scare" : "direct" } satisfies Quote;
    });
  return [...out, ...lines].sort((a, b) => a.start - b.start);
}

function attribute(ctx: Context, q: MarkedQuote, i: number, all: MarkedQuote[], found: Found[], paras: Span[], sents: Span[]): Speaker | null {
  const { raw } = ctx;
  const para = paras[spanIndexAt(paras, q.open)]!;
  const prev = i > 0 && all[i - 1]!.close >= para.start ? all[i - 1]! : null;
  const next = i + 1 < all.length && all[i + 1]!.open < para.end ? all[i + 1]! : null;
  const openSentence = sents[spanIndexAt(sents, q.open)] ?? para;
  const closeSentence = sents[spanIndexAt(sents, Math.max(q.open, q.close - 1))] ?? para;
  const sentenceEnd = Math.max(closeSentence.end, q.close + 1);

  // After the quote, up to the next quote or the end of its sentence.
  const afterEnd = Math.min(next ? next.open : para.end, Math.max(sentenceEnd, nextSentenceEnd(sents, q.close)));
  const after = raw.slice(q.close + 1, afterEnd);
  const finished = /[.!?…]$/.test(raw.slice(q.start, q.end));
  const a = speakerAfter(ctx, after, q.close + 1);
  if (a && (!finished || closesClause(after))) return a;

  // Before it, in its clause: from the sentence start or the previous quote.
  const beforeStart = Math.max(openSentence.start, prev ? prev.close + 1 : para.start);
  const before = raw.slice(beforeStart, q.open);
  const b = speakerBefore(ctx, before, beforeStart);
  if (b) return b;
  // `Maria is more specific: "…"`: a clause that introduces the quote names its speaker.
  const intro = /:\s*$/.test(before) ? leadSubject(ctx, before, beforeStart) : null;
  if (intro) return { name: intro, cue: "" };

  // `… a “peacetime president” and that the United States “cannot …”`, or `‘…,’ said X. ‘…’`:
  // with no new speaker in between, the same speaker goes on.
  if (prev) {
    const earlier = found.at(-1);
    const between = raw.slice(prev.close + 1, q.open);
    // `She replied: “…”` with "she" unresolved is a new speaker all the same.
    const introduced = new RegExp(`(?:${NAME_RUN}|\\b(?:he|she|they|He|She|They))\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b`, "u").test(between);
    if (earlier?.speaker) {
      const other = speakerBefore(ctx, between, prev.close + 1)?.name;
      if (other ? other === earlier.speaker.name : !introduced) return earlier.speaker;
    }
  }

  const later = speakerLaterInSentence(ctx, raw.slice(q.close + 1, Math.min(next ? next.open : para.end, sentenceEnd)), q.close + 1);
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
  return contextSpeaker(ctx, q, para, paras, found, sents);
}

function nextSentenceEnd(sents: Span[], offset: number): number {
  const i = spanIndexAt(sents, offset);
  return i >= 0 ? sents[i]!.end : offset;
}

/** `." Trump said.` closes a clause; `." Leavitt also said Trump was …` begins a new sentence. */
function closesClause(after: string): boolean {
  const subjectFirst = new RegExp(`^[\\s,]*(?:${NAME_RUN}|he|she|they)\\s+(?:${ADVERB}\\s+)*${SPEECH_VERB}\\b[^.,;“”"]{0,40}[.,;]`, "u");
  const verbFirst = new RegExp(`^[\\s,]*${SPEECH_VERB}\\s+${NAME_RUN}\\s*[.,;]`, "u");
  return subjectFirst.test(after) || verbFirst.test(after);
}

