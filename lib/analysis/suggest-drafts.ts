import { locateQuote } from "@/lib/content/locate-quote";
import type { QuestionInput } from "@/lib/content/schema";
import { questionSchema } from "@/lib/content/schema";
import { QUESTION_KINDS } from "@/lib/content/skills";
import { seededDraws, seededShuffle } from "@/lib/quiz/seeded-shuffle";

const MAX_ID = 100;

export const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "") || "x";

export const shorten = (s: string, words = 14) => {
  const all = s.split(/\s+/);
  return all.length <= words ? s : `${all.slice(0, words).join(" ")}…`;
};

/**
 * The draft with its options in an order drawn from the draft itself (its prompt and the sources
 * it cites), so the key lands anywhere rather than first, yet the same article always gives the
 * same drafts. Pinned options ("Both", "Neither") keep their place, here and for students; a
 * question whose order is authored keeps its order. Suggesters build the key first and call this
 * last; highlight items keep article order and never come here.
 */
export function placeKey(draft: QuestionInput): QuestionInput {
  if (draft.kind === "highlight" || draft.optionOrder === "authored") return draft;
  const sources = [...new Set(draft.evidence.map((e) => e.source))].join(" ");
  const draw = seededDraws(`suggestion\u0000${sources}\u0000${draft.prompt}`);
  return { ...draft, options: seededShuffle(draft.options, draw, (o) => o.pinned === true) };
}

/** Joins slug parts into an id that still fits the schema's length. */
export const joinId = (...parts: string[]) => parts.filter(Boolean).join("-").slice(0, MAX_ID).replace(/-+$/, "");

/**
 * Drafts that would load as lesson content: unique ids, the content schema, and every evidence
 * quote and highlight option found in its source exactly as the lesson loader finds it. Takes
 * questions, or anything that carries one (`of` finds it).
 */
export function keepValid<T = QuestionInput>(
  drafts: T[],
  bodies: ReadonlyMap<string, string>,
  of: (t: T) => QuestionInput = (t) => t as QuestionInput,
): T[] {
  const seen = new Set<string>();
  const found = (source: string | undefined, quote: string, occurrence?: number) => {
    const body = source ? bodies.get(source) : undefined;
    return body !== undefined && typeof locateQuote(body, quote, occurrence) !== "string";
  };
  return drafts.filter((item) => {
    const d = of(item);
    if (seen.has(d.id) || !questionSchema.safeParse(d).success) return false;
    seen.add(d.id);
    if (!d.evidence.every((e) => found(e.source, e.quote, e.occurrence))) return false;
    return d.kind !== "highlight" || d.options.every((o) => found(d.source, o.text));
  });
}

/**
 * The shortest leading part of each source id that no other source id starts with the same way
 * ("kyiv", "kaizen"), to keep per-source question ids apart within one lesson.
 */
export function idPrefixes(ids: string[]): string[] {
  return ids.map((id, i) => {
    const parts = id.split("-");
    for (let n = 1; n <= Math.min(parts.length, 3); n++) {
      const prefix = parts.slice(0, n).join("-");
      if (ids.every((other, j) => j === i || !`${other}-`.startsWith(`${prefix}-`))) return prefix;
    }
    return `s${i + 1}`;
  });
}

/**
 * Up to `limit` drafts, taken in turn from each kind and source so that a long run of one kind
 * never crowds out the others, then ordered by kind as the built-in lessons are.
 */
export function pickBalanced<T = QuestionInput>(
  drafts: T[],
  limit: number,
  of: (t: T) => QuestionInput = (t) => t as QuestionInput,
): T[] {
  const groups = new Map<string, T[]>();
  for (const item of drafts) {
    const d = of(item);
    const key = `${d.kind}|${d.source ?? d.evidence[0]!.source}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  // Kinds only a lesson-level draft can make come first when the limit cannot take every group.
  const first = (q: T[]) => (["outlet-attribution", "compare-coverage", "highlight"].includes(of(q[0]!).kind) ? 0 : 1);
  const queues = [...groups.values()].sort((a, b) => first(a) - first(b));
  const picked: T[] = [];
  for (let round = 0; picked.length < limit && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (picked.length < limit && queue[round]) picked.push(queue[round]!);
  }
  return inKindOrder(picked, of);
}

/** Drafts ordered by kind as the built-in lessons are, keeping their order within a kind. */
export function inKindOrder<T = QuestionInput>(
  drafts: T[],
  of: (t: T) => QuestionInput = (t) => t as QuestionInput,
): T[] {
  const order = (d: QuestionInput) => QUESTION_KINDS.indexOf(d.kind);
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order(of(a.d)) - order(of(b.d)) || a.i - b.i)
    .map(({ d }) => d);
}
