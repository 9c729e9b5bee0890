import "server-only";
import { getGradingVersion, recordAnswer } from "@/db/mutations/record-answer";
import { getLatestAnswer } from "@/db/queries/latest-answer";
import { buildFeedback, type AnswerFeedback } from "@/lib/grading/answer-feedback";
import { answerRefusalMessage, type Refused } from "@/lib/grading/answer-refusals";
import { answeredOptions } from "@/lib/grading/answered-options";
import { checkSubmission } from "@/lib/grading/check-submission";
import { gradeAnswer } from "@/lib/grading/grade-answer";
import { mergeSpans } from "@/lib/grading/mark-credit";
import { logger } from "@/lib/logger";
import { orderSeat } from "@/lib/quiz/option-order";
import { shownOptionOrder } from "@/lib/quiz/shown-order";
import type { SubmitAnswerInput } from "@/lib/validations/answers";
import { readGuestProgress, writeGuestProgress } from "@/server/guest-progress";
import type { SessionUser } from "@/server/session";

export const NOT_SAVED = "Your answer could not be saved just now. Please try again: nothing was lost.";

/** `retryable`: nothing was stored and the same answer may simply be sent again (a replay is harmless). */
export type AnswerState = { feedback?: AnswerFeedback; error?: string; retryAfter?: number; retryable?: boolean };

/**
 * Grades and keeps one answer: in the database for a signed-in user, in the signed cookie for a
 * guest on a demo lesson. Shared by the server action (JavaScript) and the plain form post.
 */
export async function submitAnswer(input: SubmitAnswerInput, user: SessionUser | null): Promise<AnswerState> {
  if (!user)
    return input.assignmentId
      ? { error: "Sign in to answer: assignments are saved to your account." }
      : answerAsGuest(input);
  try {
    const seat = orderSeat(input, user);
    const recorded = await recordAnswer({
      userId: user.id,
      ...input,
      shownOrder: (options) => shownOptionOrder(options, seat),
    });
    if ("refusal" in recorded) return refusedState(recorded);
    const finished = recorded.answered >= recorded.version.question_count;
    return {
      feedback: buildFeedback(
        recorded.version,
        recorded.chosen,
        recorded,
        { answered: recorded.answered, finished },
        {
          quotes: false,
          marks: recorded.marks,
          written: { response: recorded.response, review: null, forTeacher: Boolean(input.assignmentId) },
        },
      ),
    };
  } catch (err) {
    logger.error({ err, lessonId: input.lessonId }, "answer not recorded");
    return { error: NOT_SAVED, retryable: true };
  }
}

/** A refused answer as the quiz shows it: the sentence, and the wait when it was the rate limit. */
function refusedState(refused: Refused): AnswerState {
  return { error: answerRefusalMessage(refused), retryAfter: refused.retryAfter };
}

async function answerAsGuest(input: SubmitAnswerInput): Promise<AnswerState> {
  const found = await getGradingVersion(input.lessonId, input.questionId, null);
  // A lesson that is not a demo is refused before the submission is looked at, as it always was.
  if (found && !found.is_demo)
    return { error: "Sign in to answer: only demo lessons can be tried without an account." };
  const picked = found ? answeredOptions(found, input.chosen, input.marks) : input.chosen;
  const checked = checkSubmission(found, picked, input.marks, input.response);
  if ("refusal" in checked) return refusedState(checked);
  const version = checked.question;
  // A guest's cookie keeps scores only, and no teacher would read the answer (the content check
  // keeps written questions out of demo lessons; a teacher's lesson is never one).
  if (version.kind === "written") return { error: "Sign in to write answers: they are kept in your account." };

  const progress = await readGuestProgress();
  const lesson = progress.lessons[input.lessonId] ?? { n: 1, a: {} };
  const earlier = lesson.a[input.questionId];
  const chosen = earlier?.c ?? picked;
  // A guest's marks are graded, not kept: the cookie holds the score only.
  const marks = earlier ? [] : mergeSpans(input.marks ?? []);
  // Correct means the key was chosen (a two-tier item's marks only change its score).
  const grade = earlier
    ? { score: earlier.s, correct: gradeAnswer(version, chosen).correct }
    : gradeAnswer(version, chosen, marks);
  if (!earlier) {
    lesson.a[input.questionId] = { c: chosen, s: grade.score ?? 0 };
    progress.lessons[input.lessonId] = lesson;
    await writeGuestProgress(progress);
  }
  const answered = Object.keys(lesson.a).length;
  return {
    feedback: buildFeedback(
      version,
      chosen,
      grade,
      { answered, finished: answered >= version.question_count },
      { quotes: false, marks },
    ),
  };
}

/** An answer as the page after a plain form post shows it: its feedback, and the options in the order the student saw. */
export type StoredAnswerView = { feedback: AnswerFeedback; shownOrder: string[] };

/** The feedback for a question already answered (the page after a plain form post shows it). */
export async function storedFeedback(
  lessonId: string,
  questionId: string,
  user: SessionUser | null,
  assignmentId: string | null = null,
): Promise<StoredAnswerView | null> {
  const version = await getGradingVersion(lessonId, questionId, user?.id ?? null);
  if (!version) return null;
  if (!user) {
    const lesson = (await readGuestProgress()).lessons[lessonId];
    const stored = lesson?.a[questionId];
    if (!lesson || !stored) return null;
    const answered = Object.keys(lesson.a).length;
    const grade = { score: stored.s, correct: gradeAnswer(version, stored.c).correct };
    return {
      feedback: buildFeedback(version, stored.c, grade, { answered, finished: answered >= version.question_count }),
      shownOrder: shownOptionOrder(version.options, orderSeat({ lessonId, questionId, attempt: lesson.n }, null)),
    };
  }
  const stored = await getLatestAnswer(user.id, lessonId, questionId, assignmentId);
  if (!stored) return null;
  return {
    feedback: buildFeedback(
      version,
      stored.chosen,
      stored,
      { answered: stored.answered, finished: stored.answered >= version.question_count },
      {
        marks: stored.marks,
        written: { response: stored.response, review: stored.review, forTeacher: assignmentId !== null },
      },
    ),
    // Answers from before options were shuffled were shown in authored order.
    shownOrder: stored.shown_order ?? version.options.map((o) => o.id),
  };
}
