import "server-only";
import type { PublicQuestion } from "@/db/queries/lesson-questions";
import type { StudentAssignment } from "@/db/queries/student-assignments";
import { lessonHref } from "@/lib/assignments/status";
import { inOrder, orderSeat } from "@/lib/quiz/option-order";
import type { QuizAssignment, QuizNotice, QuizView, ShownQuestion } from "@/lib/quiz/quiz-view";
import { shownOptionOrder } from "@/lib/quiz/shown-order";
import { storedFeedback } from "@/server/grading/submit-answer";
import type { SessionUser } from "@/server/session";
import { findPendingAssignment, findQuizAssignment, listQuizQuestions, markableFor, quizProgress } from "./lesson-quiz";

export type QuizViewRequest = {
  lessonId: string;
  /** A demo lesson may be taken without an account (progress in a signed cookie). */
  demo: boolean;
  user: SessionUser | null;
  /** `?assignment=`: take the lesson as this assignment (its own attempt) rather than as practice. */
  assignmentParam?: string;
  /** `?answered=` after a plain form post: show that question's feedback (no-JavaScript page only). */
  answeredParam?: string;
  /** `?problem=` after a plain form post whose answer was not saved. */
  problem?: boolean;
  now?: Date;
};

/**
 * The quiz as this reader sees it now: the first unanswered question of the open attempt (options
 * in the order drawn for them), or the finished attempt's results, or why there is no quiz. Signed-in
 * readers keep progress in the database, per context (practice, or one assignment); guests on demo
 * lessons in a signed cookie. Nothing here holds a key before the question is answered.
 */
export async function loadQuizView(request: QuizViewRequest): Promise<QuizView> {
  const { lessonId, demo, user, assignmentParam } = request;
  if (!user && (!demo || assignmentParam)) return { kind: "sign-in", next: lessonHref(lessonId, assignmentParam) };

  const now = request.now ?? new Date();
  let assignment: StudentAssignment | null = null;
  let notice: QuizNotice | null = null;
  if (user && assignmentParam) {
    assignment = await findQuizAssignment(user, assignmentParam);
    if (!assignment || assignment.lessonId !== lessonId) return { kind: "unavailable" };
    if (assignment.opensAt && assignment.opensAt > now)
      return { kind: "not-open", opensAt: assignment.opensAt, timeZone: user.timeZone };
    notice = { kind: "assignment", assignment: noticeFacts(assignment), timeZone: user.timeZone, now };
  } else if (user?.role === "student") {
    const pending = await findPendingAssignment(user, lessonId);
    if (pending) notice = { kind: "pending", assignment: noticeFacts(pending), timeZone: user.timeZone };
  } else if (user) {
    notice = { kind: "preview" };
  }

  const assignmentId = assignment?.id ?? null;
  const questions = await listQuizQuestions(lessonId, user);
  if (questions.length === 0) return { kind: "empty" };

  const justAnswered = request.answeredParam && questions.find((q) => q.id === request.answeredParam);
  const stored = justAnswered ? await storedFeedback(lessonId, justAnswered.id, user, assignmentId) : null;
  if (justAnswered && stored) {
    // The question as the student saw it (same order), to show locked and marked beside its feedback.
    const question = await shownQuestion(justAnswered, stored.shownOrder, lessonId, user);
    return { kind: "answered", lessonId, assignmentId, notice, question, feedback: stored.feedback };
  }

  const progress = await quizProgress(user, lessonId, assignmentId, questions.length);
  const attempt = progress.attemptNumber;
  const closed = Boolean(assignment?.closedAt);
  const current = progress.finished || closed ? undefined : questions.find((q) => !progress.answered.has(q.id));
  const order = (q: PublicQuestion) =>
    shownOptionOrder(q.options, orderSeat({ lessonId, questionId: q.id, assignmentId, attempt }, user));
  return {
    kind: "quiz",
    lessonId,
    assignmentId,
    notice,
    guest: !user,
    closed,
    problem: Boolean(request.problem),
    question: current ? await shownQuestion(current, order(current), lessonId, user) : null,
    attempt,
    answered: progress.answered.size,
    total: questions.length,
    results: progress.finished
      ? {
          questionIds: questions.map((q) => q.id),
          answered: Object.fromEntries(
            [...progress.answered].map(([id, a]) => [id, { correct: a.correct, score: a.score, review: a.review }]),
          ),
          attemptNumber: attempt,
          retryAllowed: !closed,
          guest: !user,
        }
      : null,
  };
}

async function shownQuestion(
  question: PublicQuestion,
  order: readonly string[],
  lessonId: string,
  user: SessionUser | null,
): Promise<ShownQuestion> {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    options: inOrder(question.options, order).map(({ id, text }) => ({ id, text })),
    markable: await markableFor(question, lessonId, user),
  };
}

/** Only what a notice shows: the rest of the assignment row stays on the server. */
function noticeFacts(a: StudentAssignment): QuizAssignment {
  return {
    id: a.id,
    lessonId: a.lessonId,
    className: a.className,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    closedAt: a.closedAt,
    bestScore: a.bestScore,
  };
}
