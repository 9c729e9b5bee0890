import { lessonSchema, type LessonInput, type QuestionInput } from "./schema";
import type { ContentError } from "./content-error";
import { resolveQuestion } from "./resolve-question";
import type { Lesson, Question, Source } from "./types";
import { lineAt, parseYaml, zodErrorsAt, type ParsedYaml } from "./yaml-lines";

/** Parses and validates one lesson file, resolving every piece of evidence in its sources. */
export function parseLessonFile(
  file: string,
  raw: string,
  sources: ReadonlyMap<string, Source>,
): Lesson | ContentError[] {
  const parsed = parseYaml(file, raw.replace(/^\uFEFF/, ""));
  if (Array.isArray(parsed)) return parsed;
  const result = lessonSchema.safeParse(parsed.value);
  if (!result.success) return zodErrorsAt(parsed, result.error);
  const input = result.data;

  const errors: ContentError[] = [];
  input.sources.forEach((id, i) => {
    if (!sources.has(id)) errors.push(at(parsed, ["sources", i], `unknown source "${id}"`));
  });
  const questions = input.questions.map((q, i) => resolveLessonQuestion(parsed, input, q, i, sources, errors));
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

function resolveLessonQuestion(
  parsed: ParsedYaml,
  lesson: LessonInput,
  q: QuestionInput,
  index: number,
  sources: ReadonlyMap<string, Source>,
  errors: ContentError[],
): Question | null {
  const base = ["questions", index];
  // Built-in questions are the bank teachers judge it by: each says what it asks of the reader.
  if (!q.level)
    errors.push(at(parsed, [...base, "kind"], "a lesson-file question names its level: recall, apply or evaluate"));
  // Guests try demo lessons with a cookie that keeps scores only, and no teacher would read the answer.
  if (lesson.demo && q.kind === "written")
    errors.push(at(parsed, [...base, "kind"], "a demo lesson has no written questions: a guest's answer is not kept"));
  const resolved = resolveQuestion(q, {
    lessonId: lesson.id,
    lessonSources: lesson.sources,
    bodies: sources,
    position: index + 1,
    line: lineAt(parsed, base),
  });
  if (!Array.isArray(resolved)) return resolved;
  errors.push(...resolved.map((p) => at(parsed, [...base, ...p.path], p.message)));
  return null;
}

function at(parsed: ParsedYaml, path: PropertyKey[], message: string): ContentError {
  return { file: parsed.file, line: lineAt(parsed, path), message };
}
