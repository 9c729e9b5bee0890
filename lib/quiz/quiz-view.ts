import type { MarkableArticle } from "@/lib/content/sentences";
import type { RubricLevel } from "@/lib/content/skills";
import type { AnswerFeedback } from "@/lib/grading/answer-feedback";

/**
 * What the quiz beside a lesson shows one reader now, as data: the server builds it
 * (server/quiz/quiz-view.ts), and either renders it into the no-JavaScript page or sends it as the
 * JSON the prerendered lesson page fetches. One shape for both keeps the two views the same.
 */

/** A question as a student sees it: no key, options in the order drawn for them. */
export type ShownQuestion = {
  id: string;
  kind: string;
  prompt: string;
  options: { id: string; text: string }[];
  /** Two-tier items: the lesson's articles as sentences, to mark the evidence in. */
  markable?: MarkableArticle[];
};

/** The assignment facts a notice above the quiz needs. */
export type QuizAssignment = {
  id: string;
  lessonId: string;
  className: string;
  opensAt: Date | null;
  dueAt: Date;
  closedAt: Date | null;
  bestScore: number | null;
};

export type QuizNotice =
  | { kind: "assignment"; assignment: QuizAssignment; timeZone: string; now: Date }
  | { kind: "pending"; assignment: QuizAssignment; timeZone: string }
  | { kind: "preview" };

export type AnsweredResult = {
  correct: boolean | null;
  score: number | null;
  review: { level: RubricLevel; comment: string | null } | null;
};

/** A finished attempt's results, question by question in the lesson's order. */
export type QuizResults = {
  questionIds: string[];
  answered: Record<string, AnsweredResult>;
  attemptNumber: number;
  retryAllowed: boolean;
  guest: boolean;
};

type InLesson = { lessonId: string; assignmentId: string | null; notice: QuizNotice | null };

export type QuizView =
  | { kind: "sign-in"; next: string }
  | { kind: "unavailable" }
  | { kind: "not-open"; opensAt: Date; timeZone: string }
  | { kind: "empty" }
  | (InLesson & {
      kind: "quiz";
      guest: boolean;
      closed: boolean;
      /** A plain form post's answer was not saved (no-JavaScript page only). */
      problem: boolean;
      /** The first unanswered question; null when the attempt is finished or the assignment closed. */
      question: ShownQuestion | null;
      attempt: number;
      answered: number;
      total: number;
      results: QuizResults | null;
    })
  | (InLesson & {
      /** After a plain form post (no JavaScript): the question just answered, locked, and its feedback. */
      kind: "answered";
      question: ShownQuestion;
      feedback: AnswerFeedback;
    });

const date = (value: unknown): Date => new Date(String(value));
const maybeDate = (value: unknown): Date | null => (value == null ? null : date(value));

function reviveAssignment(a: QuizAssignment): QuizAssignment {
  return { ...a, opensAt: maybeDate(a.opensAt), dueAt: date(a.dueAt), closedAt: maybeDate(a.closedAt) };
}

function reviveNotice(notice: QuizNotice | null): QuizNotice | null {
  if (!notice || notice.kind === "preview") return notice;
  if (notice.kind === "assignment")
    return { ...notice, assignment: reviveAssignment(notice.assignment), now: date(notice.now) };
  return { ...notice, assignment: reviveAssignment(notice.assignment) };
}

/** The view as JSON carried it: dates travel as ISO strings and come back as dates here. */
export function reviveQuizView(json: QuizView): QuizView {
  switch (json.kind) {
    case "not-open":
      return { ...json, opensAt: date(json.opensAt) };
    case "quiz":
    case "answered":
      return { ...json, notice: reviveNotice(json.notice) };
    default:
      return json;
  }
}
