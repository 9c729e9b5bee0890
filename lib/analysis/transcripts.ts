import { cleanName, NAME_RUN, type PersonIndex } from "./names";
import { speakerBefore, type Context, type Speaker } from "./speakers";
import { isHeadline } from "./text";
import type { Quote, Span } from "./types";

/** A transcript line's label: "LEAVITT: ", "Sen. Whitford: ", "Q: ". */
export const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{L}’'.-]*\s?){1,4}):\s+(?=\S)/u;

/**
 * Statements without marks: transcript lines ("Leavitt: Yesterday, …") and block quotes ("> …").
 * A transcript label must be a person the article names elsewhere, so "Note:" or "Updates:" is not.
 */
export function findStatementLines(raw: string, paras: Span[], people: PersonIndex, ctx: Context): Quote[] {
  const out: Quote[] = findInterview(raw, paras, people);
  for (const [index, p] of paras.entries()) {
    const text = raw.slice(p.start, p.end);
    if (out.some((q) => q.start >= p.start && q.end <= p.end)) continue;
    const label = TRANSCRIPT_LABEL.exec(text);
    if (label) {
      const name = cleanName(titleCase(label[1]!.trim()));
      if (name && people.isNamed(name) && !/^(?:Q|A)$/.test(name)) {
        people.add(name);
        let end = p.end;
        const trailing = /\s*\([^()]{1,60}\)\s*$/.exec(text);
        if (trailing) end = p.start + trailing.index;
        let start = p.start + label[0].length;
        // A headline "Smith: ‘We will not back down’": the words inside the marks.
        const marked = /^[“"‘']([^“”"‘]*?)[,.]?[”"’'][.!?]?$/u.exec(raw.slice(start, end));
        if (marked) [start, end] = [start + 1, start + 1 + marked[1]!.length];
        // "Caddell: Voters Worried About …" as a headline without marks is the outlet's summary, not his words.
        else if (index === 0 || isHeadline(text)) continue;
        out.push({ text: raw.slice(start, end), start, end, speaker: people.fullest(name), cue: null, kind: "direct" });
      }
      continue;
    }
    const block = /^>\s*/.exec(text);
    if (block) {
      const previous = paras[index - 1];
      let speaker: Speaker | null = null;
      if (previous && /:\s*$/.test(raw.slice(previous.start, previous.end)))
        speaker = speakerBefore(ctx, raw.slice(previous.start, previous.end), previous.start);
      const start = p.start + block[0].length;
      out.push({
        text: raw.slice(start, p.end),
        start,
        end: p.end,
        speaker: speaker?.name ?? null,
        cue: speaker?.cue || null,
        kind: "direct",
      });
    }
  }
  return out;
}

const QA_LABEL = /^(Q|A|Question|Answer)\s*[:.]\s+(?=\S)/;

/**
 * An interview printed as questions and answers ("Q: …" / "A: …", at least two of each): every
 * question is the interviewer's, every answer the interviewee's. The interviewer is the person
 * the introduction says the subject "spoke with" (or "interviewed by"), else the byline; the
 * interviewee is the person the rest of the article names most often.
 */
function findInterview(raw: string, paras: Span[], people: PersonIndex): Quote[] {
  const lines = paras.map((p) => ({ p, label: QA_LABEL.exec(raw.slice(p.start, p.end)) })).filter((l) => l.label);
  const asks = lines.filter((l) => /^Q/.test(l.label![1]!));
  if (asks.length < 2 || lines.length - asks.length < 2) return [];
  const inLines = (i: number) => lines.some((l) => i >= l.p.start && i < l.p.end);
  const intro = raw.slice(0, lines[0]!.p.start);
  const asker = interviewer(intro, people);
  const answerer = mostNamed(raw, paras, people, inLines, asker);
  return lines.map(({ p, label }) => {
    const start = p.start + label![0].length;
    const speaker = /^Q/.test(label![1]!) ? asker : answerer;
    return { text: raw.slice(start, p.end), start, end: p.end, speaker, cue: null, kind: "direct" } satisfies Quote;
  });
}

function interviewer(intro: string, people: PersonIndex): string | null {
  const clause =
    /\b(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:with|to)\s+([^.;\n]*)|\binterviewed\s+by\s+([^.;\n]*)/u.exec(
      intro,
    );
  const byline = /^\s*By\s+([^,\n]*)/mu.exec(intro);
  for (const text of [clause?.[1] ?? clause?.[2], byline?.[1]]) {
    for (const m of (text ?? "").matchAll(new RegExp(NAME_RUN, "gu"))) {
      const name = cleanName(m[0]);
      if (name && people.isKnown(name)) return people.fullest(name);
    }
  }
  return null;
}

/**
 * Counted by surname ("Priya Natarajan" and "Natarajan" are one person), in prose paragraphs
 * only, so page chrome ("Halden Metro > City Hall") does not count; named in full somewhere.
 */
function mostNamed(
  raw: string,
  paras: Span[],
  people: PersonIndex,
  skip: (i: number) => boolean,
  except: string | null,
): string | null {
  const counts = new Map<string, { n: number; form: string }>();
  for (const p of paras) {
    const text = raw.slice(p.start, p.end);
    if (skip(p.start) || !/[.!?]["”’]?\s+\S/.test(text) || text.split(/\s+/).length < 12) continue;
    for (const m of text.matchAll(new RegExp(NAME_RUN, "gu"))) {
      const name = cleanName(m[0]);
      if (!name || !people.isNamed(name)) continue;
      const key = name.split(" ").at(-1)!.toLowerCase();
      const seen = counts.get(key) ?? { n: 0, form: name };
      counts.set(key, { ...seen, n: seen.n + 1, form: name.length > seen.form.length ? name : seen.form });
    }
  }
  let best: { n: number; form: string } | null = null;
  // Ties go to the one named first (a Map keeps insertion order).
  for (const c of counts.values())
    if ((!best || c.n > best.n) && c.form.includes(" ") && people.fullest(c.form) !== except) best = c;
  return best ? people.fullest(best.form) : null;
}

/** Transcripts print names in capitals ("CASTELLANO:", "SEN. WHITFORD:"); the article prints them "Castellano". */
export function titleCase(label: string): string {
  return /\p{Ll}/u.test(label)
    ? label
    : label.toLowerCase().replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
