import { RUBRIC_LEVELS, type QuestionKind, type RubricLevel } from "@/lib/content/skills";
import { markCredit, type MarkResult, type MarkSpan } from "./mark-credit";

/** The parts of a question's graded version the feedback is built from (db/mutations/record-answer.ts reads them). */
export type FeedbackSource = {
  question_id: string;
  kind: QuestionKind;
  answer: string[];
  options: { id: string; feedback: string }[];
  explanation: string;
  evidence: { source: string; quote: string; start: number; end: number }[];
  mark_evidence?: boolean;
  model_answer?: string | null;
  question_count: number;
};

/** A teacher's rubric score of a written response, as its student reads it. */
type ReviewView = { level: RubricLevel; label: string; comment: string | null };

/** A written response after it is sent: what was written, the model answer, and its review so far. */
type WrittenFeedback = {
  response: string;
  modelAnswer: string;
  /** Null until scored: in an assignment "awaiting review"; in practice no one scores it. */
  review: ReviewView | null;
  /** An assignment's response goes to the teacher; a practice one is compared with the model answer only. */
  forTeacher: boolean;
};

/** Everything a student sees after answering, and only after: the grading result for one question. */
export type AnswerFeedback = {
  questionId: string;
  chosen: string[];
  /** Null while a written response is not scored. */
  score: number | null;
  correct: boolean | null;
  answer: string[];
  explanation: string;
  /** Feedback for the options the student chose (and, for highlight items, the sentences they missed). */
  feedback: { optionId: string; text: string }[];
  /**
   * Where the evidence is in the article. The quoted words come along only when the server renders
   * the feedback itself (no JavaScript); in an answer's response the browser reads them from the
   * article on the page, which keeps the response small.
   */
  evidence: { source: string; quote?: string; start: number; end: number }[];
  /** Two-tier items: what the student marked and how it compares with the evidence. */
  marking?: MarkResult & { marks: MarkSpan[] };
  /** Highlight items: the sentences the student marked in the article (their answer). */
  marks?: MarkSpan[];
  written?: WrittenFeedback;
  answered: number;
  total: number;
  finished: boolean;
};

export function buildFeedback(
  version: FeedbackSource,
  chosen: string[],
  grade: { score: number | null; correct: boolean | null },
  progress: { answered: number; finished: boolean },
  {
    quotes = true,
    marks = [],
    written,
  }: {
    quotes?: boolean;
    marks?: readonly MarkSpan[] | null;
    /** Written questions: the stored response, its review, and whether it went to a teacher. */
    written?: {
      response: string | null;
      review: { level: RubricLevel; comment: string | null } | null;
      forTeacher: boolean;
    };
  } = {},
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
    evidence: version.evidence.map((e) => ({
      source: e.source,
      start: e.start,
      end: e.end,
      ...(quotes ? { quote: e.quote } : {}),
    })),
    ...(version.mark_evidence
      ? { marking: { ...markCredit(version.evidence, marks ?? []), marks: [...(marks ?? [])] } }
      : {}),
    ...(version.kind === "highlight" ? { marks: [...(marks ?? [])] } : {}),
    ...(version.kind === "written" && written
      ? {
          written: {
            response: written.response ?? "",
            modelAnswer: version.model_answer ?? "",
            review: written.review ? { ...written.review, label: RUBRIC_LEVELS[written.review.level].label } : null,
            forTeacher: written.forTeacher,
          },
        }
      : {}),
    answered: progress.answered,
    total: version.question_count,
    finished: progress.finished,
  };
}
