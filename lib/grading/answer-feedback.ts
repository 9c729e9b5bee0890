import type { GradingVersion } from "@/db/mutations/record-answer";

/** Everything a student sees after answering, and only after: the grading result for one question. */
export type AnswerFeedback = {
  questionId: string;
  chosen: string[];
  score: number;
  correct: boolean;
  answer: string[];
  explanation: string;
  /** Feedback for the options the student chose (and, for highlight items, the sentences they missed). */
  feedback: { optionId: string; text: string }[];
  evidence: { source: string; quote: string; start: number; end: number }[];
  answered: number;
  total: number;
  finished: boolean;
};

export function buildFeedback(
  version: GradingVersion,
  chosen: string[],
  grade: { score: number; correct: boolean },
  progress: { answered: number; finished: boolean },
): AnswerFeedback {
  const relevant = new Set(version.kind === "highlight" ? [...chosen, ...version.answer] : chosen);
  return {
    questionId: version.question_id,
    chosen,
    score: grade.score,
    correct: grade.correct,
    answer: version.answer,
    explanation: version.explanation,
    feedback: version.options.filter((o) => relevant.has(o.id)).map((o) => ({ optionId: o.id, text: o.feedback })),
    evidence: version.evidence.map((e) => ({ source: e.source, quote: e.quote, start: e.start, end: e.end })),
    answered: progress.answered,
    total: version.question_count,
    finished: progress.finished,
  };
}
