import type { Lesson } from "./types";

/** The question bank in the documented export shape (README, "Content export"). */
export function exportQuestionBank(lessons: Lesson[]) {
  return lessons.flatMap((lesson) =>
    lesson.questions.map((q) => ({
      id: q.id,
      lesson: lesson.id,
      kind: q.kind,
      skill: q.skill,
      level: q.level,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
      answer: q.answer,
      ...(q.markEvidence ? { markEvidence: true } : {}),
      evidence: q.evidence.map((e) => ({ source: e.source, quote: e.quote, start: e.start, end: e.end })),
      explanation: q.explanation,
      ...(q.modelAnswer ? { modelAnswer: q.modelAnswer } : {}),
      ...(q.rubric ? { rubric: q.rubric } : {}),
      ...(q.source ? { source: q.source } : {}),
    })),
  );
}
