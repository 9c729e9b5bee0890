import { ADVERB, cueAt, SPEECH_VERB } from "./cues";
import { findAccordingTo } from "./according";
import { findIndirectSpeech } from "./indirect";
import { cleanName, NAME_RUN } from "./names";
import { orgsOf } from "./org-speakers";
import { speakerBefore, type Context } from "./speakers";
import type { Attribution, Quote, Span } from "./types";

const PRONOUN = String.raw`(?:he|she|they|He|She|They)`;
const REPORT_VERB = String.raw`(?:reported|reports|wrote|writes|said\s+in\s+a\s+report|revealed|first\s+reported)`;

/** `…, Bloomberg reported on Nov. 23.` / `…, according to Senator Mike Rounds.` at a sentence's end. */
function trailingFrame(text: string): { at: number; who: string; cue: string; phrase: [number, number] } | null {
  // "according to Senator Mike Rounds", "according to a draft seen by Reuters"
  const according = new RegExp(
    `,\\s+((?:as\\s+)?according\\s+to|as\\s+reported\\s+by|reported\\s+by)\\s+((?:an?|the)\\s+[^,.;"“”]{1,40}?\\s+(?:by|from|of|to)\\s+)?((?:the\\s+)?${NAME_RUN})[^,]*?[.!?]?$`,
    "u",
  ).exec(text);
  if (according) {
    const start = according.index + according[0].indexOf(according[1]!);
    const length = according[1]!.length + 1 + (according[2]?.length ?? 0) + according[3]!.length;
    return {
      at: according.index,
      who: according[3]!,
      cue: according[1]!.replace(/\s+/g, " ").toLowerCase(),
      phrase: [start, start + length],
    };
  }
  const said = new RegExp(
    `,\\s+(${NAME_RUN}|${PRONOUN})\\s+(?:${ADVERB}\\s+)*(${SPEECH_VERB})\\b(?![^,]*?\\bthat\\b)[^,"“”:]*?[.!?]?$`,
    "u",
  ).exec(text);
  if (said) {
    const start = said.index + said[0].indexOf(said[1]!);
    const verbAt = said.index + said[0].indexOf(said[2]!, said[0].indexOf(said[1]!) + said[1]!.length);
    return { at: said.index, who: said[1]!, cue: cueAt(text, verbAt), phrase: [start, verbAt + said[2]!.length] };
  }
  return null;
}

/**
 * Reported speech and attributions, sentence by sentence: "Rubio earlier told senators that …"
 * (indirect speech: the span is the reported content), "…, Bloomberg reported", "according to …",
 * and chains of them ("X told senators that …, according to Senator Mike Rounds").
 */
export function findReportedSpeech(
  ctx: Context,
  sents: Span[],
  direct: Quote[],
): { indirect: Quote[]; attributions: Attribution[] } {
  const { raw, people } = ctx;
  // Indirect speech has its own finder; the frames below still decide the attributions and their chains.
  const indirect = findIndirectSpeech(ctx, sents, direct);
  const attributions: Attribution[] = [];
  const name = (who: string, at: number) => {
    if (/^(?:he|she|they)$/i.test(who)) return null;
    const clean = cleanName(who.replace(/^the\s+/i, ""));
    void at;
    // "According to Valmont" for the "Valmont Energy" the article names.
    if (clean && !people.isKnown(clean)) return orgsOf(ctx).fullest(clean) ?? clean;
    return clean ? people.fullest(clean) : null;
  };
  for (const s of sents) {
    const text = raw.slice(s.start, s.end);
    const frame = trailingFrame(text);
    const body = frame ? text.slice(0, frame.at) : text.replace(/[.!?]+$/, "");

    // "According to Bloomberg, …" at the start.
    const lead = new RegExp(`^(according\\s+to|as\\s+reported\\s+by)\\s+((?:the\\s+)?${NAME_RUN}),\\s+`, "iu").exec(
      text,
    );

    // Speaker + verb + "that" + content.
    let speech: { speaker: string | null; cue: string; start: number; end: number } | null = null;
    const verbs = [...body.matchAll(new RegExp(`\\b(${SPEECH_VERB})\\b`, "gu"))];
    for (const v of verbs) {
      const verbEnd = v.index! + v[0].length;
      const that = /^(\s+(?!that\b)[\p{L}’' -]{0,40}?)?\s+that\s+/iu.exec(body.slice(verbEnd));
      if (!that) continue;
      if (direct.some((q) => q.start <= s.start + v.index! && q.end >= s.start + verbEnd)) continue;
      const who = speakerBefore(ctx, body.slice(0, verbEnd), s.start);
      // "confirmed our reporting that many …" is a relative clause, not reported speech.
      if (!who?.name) continue;
      const start = verbEnd + that[0].length;
      speech = {
        speaker: who?.name ?? null,
        cue: cueAt(body, v.index!),
        start: s.start + start,
        end: s.start + body.replace(/[\s,.;:]+$/, "").length,
      };
      break;
    }
    // "…, Bloomberg reported." with no inner speaker: the frame's source said the whole body.
    if (!speech && frame && !lead) {
      const who = /^(?:he|she|they)$/i.test(frame.who)
        ? (speakerBefore(ctx, `${frame.who} said`, s.start + frame.at)?.name ?? null)
        : name(frame.who, s.start);
      const bodyEnd = body.replace(/[\s,.;:]+$/, "").length;
      const startOffset = /^\s*/.exec(body)![0].length;
      if (
        who &&
        bodyEnd > startOffset &&
        !direct.some(
          (q) => q.start >= s.start && q.end <= s.start + bodyEnd && q.end - q.start > (bodyEnd - startOffset) * 0.6,
        )
      ) {
        speech = { speaker: who, cue: frame.cue, start: s.start + startOffset, end: s.start + bodyEnd };
      }
    }
    if (lead && !speech) {
      const who = name(lead[2]!, s.start);
      const bodyStart = lead[0].length;
      const bodyEnd = text.replace(/[\s,.;:!?]+$/, "").length;
      if (who) speech = { speaker: who, cue: "according to", start: s.start + bodyStart, end: s.start + bodyEnd };
    }

    // Attributions: the frame, a leading "according to", any "X reported".
    const inner =
      speech && frame && speech.speaker && name(frame.who, s.start) !== speech.speaker ? speech.speaker : null;
    if (
      frame &&
      (frame.cue.includes("according") ||
        frame.cue.includes("reported") ||
        /^(?:reported|reports|wrote|writes)/.test(frame.cue))
    ) {
      const via = name(frame.who, s.start);
      if (via)
        attributions.push({
          source: inner ?? via,
          cue: frame.cue,
          start: s.start + frame.phrase[0],
          end: s.start + frame.phrase[1],
          ...(inner ? { via } : {}),
        });
    }
    if (lead) {
      const source = name(lead[2]!, s.start);
      if (source)
        attributions.push({
          source,
          cue: lead[1]!.replace(/\s+/g, " ").toLowerCase(),
          start: s.start,
          end: s.start + lead[1]!.length + 1 + lead[2]!.length,
        });
    }
    const reports = new RegExp(`(?:^|[\\s,;])((?:the\\s+)?${NAME_RUN})\\s+(${REPORT_VERB})\\b`, "gu");
    for (let m = reports.exec(text); m; m = reports.exec(text)) {
      const start = s.start + m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length + m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).length;
      if (attributions.some((a) => a.start <= start && a.end >= start)) continue;
      const source = name(m[1]!, start);
      if (source) attributions.push({ source, cue: m[2]!.replace(/\s+/g, " "), start, end });
    }
  }
  attributions.push(...findAccordingTo(ctx, sents, attributions));
  return { indirect, attributions: attributions.sort((a, b) => a.start - b.start) };
}
