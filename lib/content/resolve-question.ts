import { createHash } from "node:crypto";
import type { EvidenceRef, QuestionInput } from "./schema";
import { locateQuote } from "./locate-quote";
import { sentenceSpans, sentencesAround } from "./sentences";
import { DEFAULT_LEVEL } from "./skills";
import type { Evidence, Question } from "./types";

/** A problem with one question, at a path inside it (["evidence", 0, "quote"]). */
export type QuestionProblem = { path: PropertyKey[]; message: string };

type Context = {
  lessonId: string;
  /** The lesson's sources, in order: evidence may only cite these. */
  lessonSources: readonly string[];
  bodies: ReadonlyMap<string, { body: string }>;
  position: number;
  line: number;
};

/**
 * Resolves a schema-valid question against its lesson's sources: every piece of evidence, and
 * every sentence of a highlight item, must be found verbatim. Lesson files and teachers' lessons
 * go through this same check before students see a question.
 */
export function resolveQuestion(q: QuestionInput, ctx: Context): Question | QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const resolve = (ref: EvidenceRef, path: PropertyKey[]): Evidence | null => {
    if (!ctx.lessonSources.includes(ref.source)) {
      problems.push({
        path: [...path, "source"],
        message: `evidence cites "${ref.source}", which is not one of the lesson's sources`,
      });
      return null;
    }
    const source = ctx.bodies.get(ref.source);
    if (!source) return null;
    const span = locateQuote(source.body, ref.quote, ref.occurrence);
    if (typeof span === "string") {
      problems.push({ path: [...path, "quote"], message: `${span} "${ref.source}"` });
      return null;
    }
    return { source: ref.source, quote: ref.quote, ...span, around: sentencesAround(source.body, span) };
  };

  const evidence = q.evidence.map((ref, i) => resolve(ref, ["evidence", i]));
  let optionSpans: Record<string, Evidence> | undefined;
  let options: Question["options"] = q.options.map(({ pinned, ...option }) =>
    keepsPlace(q, pinned) ? { ...option, pinned: true } : option,
  );
  if (q.kind === "highlight" && q.source) {
    optionSpans = {};
    for (const [i, option] of q.options.entries()) {
      const span = resolve({ source: q.source, quote: option.text }, ["options", i, "text"]);
      if (span) optionSpans[option.id] = span;
    }
    const body = ctx.bodies.get(q.source)?.body;
    if (body && problems.length === 0) {
      const whole = wholeArticleOptions(body, q.source, optionSpans);
      options = [...options, ...whole.options];
      Object.assign(optionSpans, whole.spans);
      // Article order: the student marks them in the article, top to bottom.
      options.sort((a, b) => optionSpans![a.id]!.start - optionSpans![b.id]!.start);
    }
  }
  if (problems.length > 0) return problems;

  return {
    id: q.id,
    lessonId: ctx.lessonId,
    position: ctx.position,
    line: ctx.line,
    kind: q.kind,
    skill: q.skill,
    level: q.level ?? DEFAULT_LEVEL[q.kind],
    prompt: q.prompt,
    source: q.source,
    options,
    answer: q.answer,
    markEvidence: q.markEvidence ?? false,
    explanation: q.explanation,
    modelAnswer: q.modelAnswer ?? null,
    rubric: q.rubric ?? null,
    evidence: evidence.filter((e): e is Evidence => e !== null),
    optionSpans,
    versionHash: versionHash(q),
  };
}

/**
 * A highlight item is answered by marking sentences in the whole article, so every sentence of it
 * is an option: the authored ones (the key, and distractors with feedback of their own) and, as
 * wrong picks, each other sentence (`generated`). The key must therefore hold every sentence of
 * the article that fits the prompt (docs/product.md, "Highlight items").
 */
function wholeArticleOptions(body: string, source: string, authored: Record<string, Evidence>) {
  const taken = Object.values(authored);
  const options: Question["options"] = [];
  const spans: Record<string, Evidence> = {};
  for (const span of sentenceSpans(body)) {
    if (taken.some((t) => t.start < span.end && t.end > span.start)) continue;
    const id = `sentence-${span.start}`;
    const text = body.slice(span.start, span.end);
    options.push({ id, text, feedback: GENERATED_FEEDBACK, pinned: true, generated: true });
    spans[id] = { source, quote: text, start: span.start, end: span.end };
  }
  return { options, spans };
}

const GENERATED_FEEDBACK = "This sentence is not one the question asks for: the explanation says what to look for.";

/** Highlight sentences stay in article order; a question may keep its whole authored order. */
function keepsPlace(q: QuestionInput, pinned: boolean | undefined): boolean {
  return q.kind === "highlight" || q.optionOrder === "authored" || pinned === true;
}

/**
 * What a student answers against. Feedback, explanations and the authored order of the options
 * (students see them shuffled, and each answer stores the order shown) may be corrected in place.
 */
function versionHash(q: QuestionInput): string {
  const graded = {
    kind: q.kind,
    prompt: q.prompt,
    source: q.source ?? null,
    options: q.options.map((o) => [o.id, o.text]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
    answer: [...q.answer].sort(),
    // Only two-tier items carry it, so every other question keeps the hash it had.
    ...(q.markEvidence ? { markEvidence: true } : {}),
    // Highlight items became marking in the whole article: every other sentence is a wrong pick now.
    ...(q.kind === "highlight" ? { marking: "whole-article" } : {}),
  };
  return createHash("sha256").update(JSON.stringify(graded)).digest("hex").slice(0, 16);
}
