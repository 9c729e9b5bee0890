import { cleanName, NAME_RUN } from "./names";
import { ROLE_DESCRIPTION, roleReferent } from "./roles";
import type { MarkedQuote } from "./quote-marks";
import { resolveSubject, speakerBefore, type Context, type Speaker } from "./speakers";
import { spanIndexAt } from "./text";
import type { Span } from "./types";

/** At most this many words, unattributed and not a sentence: a scare quote ("the “facts”"). */
export const SCARE_MAX_WORDS = 4;

export type Found = MarkedQuote & { speaker: Speaker | null; echo?: boolean };

const STOPWORDS = new Set("a an the of to in on and or not no is was be been it its he she they him her them i me my we our you your that this as at by for with from don’t don't".split(" "));

/**
 * Nothing attributes the quote in its sentence. `He paused. “That doesn’t …”`, `the
 * 58-year-old was blunt: “…”`: after a short clause about a person, it is theirs. A paragraph
 * that opens with a whole statement goes on with the speaker of the paragraph before (wire copy:
 * `"…," Brooks said.` then `"…"`).
 */
export function contextSpeaker(ctx: Context, q: MarkedQuote, para: Span, paras: Span[], found: Found[], sents: Span[]): Speaker | null {
  const { raw } = ctx;
  const from = Math.max(para.start, found.filter((f) => f.close < q.open).at(-1)?.close ?? 0);
  const lead = leadSubject(ctx, raw.slice(from, q.open), from);
  if (lead) return { name: lead, cue: "", weak: true };
  const text = raw.slice(q.start, q.end);
  if (q.open !== para.start || (!/[.!?…]$/.test(text) && text.split(/\s+/).length <= SCARE_MAX_WORDS)) return null;
  const previous = paras[spanIndexAt(paras, para.start) - 1];
  if (!previous) return null;
  const last = found.filter((f) => f.open >= previous.start && f.open < previous.end).at(-1);
  if (last) return last.speaker?.name ? { name: last.speaker.name, cue: "", weak: true } : null;
  const s = sents[spanIndexAt(sents, previous.end - 1)] ?? previous;
  // "Brooks said she had lived there for 11 years." or "Tom Reid disagreed." before it.
  const said = speakerBefore(ctx, raw.slice(s.start, previous.end), s.start)?.name ?? leadSubject(ctx, raw.slice(s.start, previous.end), s.start);
  return said ? { name: said, cue: "", weak: true } : null;
}

/**
 * An unattributed quote that repeats an attributed one takes its speaker: a short one when all
 * its words are the other's (a headline's “zero gratitude”), a longer one when it is word for
 * word part of it or it of the other (a pull quote, a caption).
 */
export function echoOf(raw: string, q: Found, found: Found[]): Speaker | null {
  const words = content(raw.slice(q.start, q.end));
  if (words.length === 0) return null;
  const flat = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
  for (const f of found) {
    if (f === q || !f.speaker?.name || f.start === q.start) continue;
    const source = raw.slice(f.start, f.end);
    if (words.length <= 6 && words.every((w) => new Set(content(source)).has(w))) return { name: f.speaker.name, cue: "" };
    const [a, b] = [flat(raw.slice(q.start, q.end)), flat(source)];
    if (words.length > 6 && (b.includes(a) || a.includes(b))) return { name: f.speaker.name, cue: "" };
  }
  return null;
}

function content(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** The subject of the clause right before a quote, when it is a known person, he or she, or a role. */
export function leadSubject(ctx: Context, text: string, base: number): string | null {
  const m = new RegExp(`(?:^|[,;]\\s+|[.!?]["”’]?\\s+)(?:(${NAME_RUN}|He|She|he|she)|${ROLE_DESCRIPTION})\\s+[^.!?"“”‘:,;]{0,60}[.!?:]\\s*$`, "u").exec(text);
  if (!m) return null;
  if (m[2]) return roleReferent(ctx, m[2], base + m.index).name;
  const person = cleanName(m[1]!);
  // Only a person already known ("The Senate voted 52-48." is no speaker), or he or she.
  if (!/^(?:he|she)$/i.test(m[1]!) && !(person && ctx.people.isKnown(person))) return null;
  return resolveSubject(ctx, m[1]!, base + m.index)?.name ?? null;
}
