import { questionSchema, type QuestionInput } from "@/lib/content/schema";
import { resolveQuestion } from "@/lib/content/resolve-question";
import type { Question } from "@/lib/content/types";
import { publishedQuestionId } from "./ids";

export type DraftProblem = { questionId: string; position: number; prompt: string; messages: string[] };

/**
 * The publishing gate for a teacher's lesson: every draft question must pass the same schema and
 * verbatim evidence check as the built-in lesson files. Returns the questions as they will be
 * stored (ids namespaced by the lesson), or every problem found.
 */
export function checkDraftForPublish(
  lessonId: string,
  drafts: (QuestionInput & { check?: unknown })[],
  sources: { id: string; body: string }[],
): { ok: true; questions: Question[] } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const questions: Question[] = [];
  if (drafts.length === 0)
    return {
      ok: false,
      problems: [
        { questionId: "", position: 0, prompt: "", messages: ["Add at least one question before publishing."] },
      ],
    };
  const bodies = new Map(sources.map((s) => [s.id, s]));
  drafts.forEach((draft, i) => {
    const problem = (messages: string[]) =>
      problems.push({ questionId: draft.id, position: i + 1, prompt: draft.prompt, messages });
    // A suggestion's review note ("Check this: …") is for the teacher, never part of the question.
    const { check: _note, ...question } = draft;
    const parsed = questionSchema.safeParse({ ...question, id: publishedQuestionId(lessonId, draft.id) });
    if (!parsed.success)
      return problem(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
    const resolved = resolveQuestion(parsed.data, {
      lessonId,
      lessonSources: sources.map((s) => s.id),
      bodies,
      position: i + 1,
      line: 0,
    });
    if (Array.isArray(resolved)) return problem(resolved.map((p) => p.message));
    questions.push(resolved);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions };
}
