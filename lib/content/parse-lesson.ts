import { createHash } from "node:crypto";
import { lessonSchema, type EvidenceRef, type LessonInput, type QuestionInput } from "./schema";
import type { ContentError } from "./content-error";
import { locateQuote } from "./locate-quote";
import type { Evidence, Lesson, Question, Source } from "./types";
import { lineAt, parseYaml, zodErrorsAt, type ParsedYaml } from "./yaml-lines";

/** Parses and validates one lesson file, resolving every piece of evidence in its sources. */
export function parseLessonFile(
  file: string,
  raw: string,
  sources: ReadonlyMap<string, Source>,
): Lesson | ContentError[] {
  const parsed = parseYaml(file, raw.replace(/^\uFEFF/, ""));
  if (Array.isArray(parsed)) return parsed;
  const result = lessonSchema.safeParse(parsed.doc.toJS());
  if (!result.success) return zodErrorsAt(parsed, result.error);
  const input = result.data;

  const errors: ContentError[] = [];
  input.sources.forEach((id, i) => {
    if (!sources.has(id)) errors.push(at(parsed, ["sources", i], `unknown source "${id}"`));
  });
  const questions = input.questions.map((q, i) => resolveQuestion(parsed, input, q, i, sources, errors));
  if (errors.length > 0) return errors;
  return {
    id: input.id,
    title: input.title,
    summary: input.summary,
    sources: input.sources,
    demo: input.demo,
    estimatedMinutes: input.estimatedMinutes,
    questions: questions.filter((q): q is Question => q !== null),
    file,
  };
}

function resolveQuestion(
  parsed: ParsedYaml,
  lesson: LessonInput,
  q: QuestionInput,
  index: number,
  sources: ReadonlyMap<string, Source>,
  errors: ContentError[],
): Question | null {
  const base = ["questions", index];
  const before = errors.length;
  const resolve = (ref: EvidenceRef, path: PropertyKey[]): Evidence | null => {
    if (!lesson.sources.includes(ref.source)) {
      errors.push(at(parsed, [...path, "source"], `evidence cites "${ref.source}", which is not one of the lesson's sources`));
      return null;
    }
    const source = sources.get(ref.source);
    if (!source) return null;
    const span = locateQuote(source.body, ref.quote, ref.occurrence);
    if (typeof span === "string") {
      errors.push(at(parsed, [...path, "quote"], `${span} "${ref.source}"`));
      return null;
    }
    return { source: ref.source, quote: ref.quote, ...span };
  };

  const evidence = q.evidence.map((ref, i) => resolve(ref, [...base, "evidence", i]));
  let optionSpans: Record<string, Evidence> | undefined;
  if (q.kind === "highlight" && q.source) {
    optionSpans = {};
    for (const [i, option] of q.options.entries()) {
      const span = resolve({ source: q.source, quote: option.text }, [...base, "options", i, "text"]);
      if (span) optionSpans[option.id] = span;
    }
  }
  if (errors.length > before) return null;

  return {
    id: q.id,
    lessonId: lesson.id,
    position: index + 1,
    line: lineAt(parsed, base),
    kind: q.kind,
    skill: q.skill,
    prompt: q.prompt,
    source: q.source,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    evidence: evidence.filter((e): e is Evidence => e !== null),
    optionSpans,
    versionHash: versionHash(q),
  };
}

/** What a student answers against. Feedback and explanations may be corrected in place. */
function versionHash(q: QuestionInput): string {
  const graded = {
    kind: q.kind,
    prompt: q.prompt,
    source: q.source ?? null,
    options: q.options.map((o) => [o.id, o.text]),
    answer: [...q.answer].sort(),
  };
  return createHash("sha256").update(JSON.stringify(graded)).digest("hex").slice(0, 16);
}

function at(parsed: ParsedYaml, path: PropertyKey[], message: string): ContentError {
  return { file: parsed.file, line: lineAt(parsed, path), message };
}
