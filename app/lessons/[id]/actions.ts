"use server";

import { revalidatePath } from "next/cache";
import { startRetry } from "@/db/mutations/attempts";
import { getGradingVersion, recordAnswer } from "@/db/mutations/record-answer";
import { buildFeedback, type AnswerFeedback } from "@/lib/grading/answer-feedback";
import { gradeAnswer, unknownOptions } from "@/lib/grading/grade-answer";
import { readGuestProgress, writeGuestProgress } from "@/lib/guest-progress";
import { logger } from "@/lib/logger";
import { getCurrentUser } from "@/lib/session";
import { parseAnswerForm, type SubmitAnswerInput } from "@/lib/validations/answers";
import { slug } from "@/lib/content/schema";

export type AnswerState = { feedback?: AnswerFeedback; error?: string };

/**
 * Grades one answer on the server and returns only the grading result: no page re-render. The
 * key, explanation and feedback leave the server here, after the answer is recorded.
 */
export async function submitAnswerAction(_prev: AnswerState, formData: FormData): Promise<AnswerState> {
  const parsed = parseAnswerForm(formData);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "That answer could not be read." };
  const user = await getCurrentUser();
  if (!user) return answerAsGuest(parsed.data);

  try {
    const recorded = await recordAnswer({ userId: user.id, ...parsed.data });
    if ("error" in recorded) return { error: recorded.error };
    const finished = recorded.answered >= recorded.version.question_count;
    return { feedback: buildFeedback(recorded.version, recorded.chosen, recorded, { answered: recorded.answered, finished }) };
  } catch (err) {
    logger.error({ err, lessonId: parsed.data.lessonId }, "answer not recorded");
    return { error: "Your answer could not be saved just now. Please try again: nothing was lost." };
  }
}

async function answerAsGuest(input: SubmitAnswerInput): Promise<AnswerState> {
  const version = await getGradingVersion(input.lessonId, input.questionId);
  if (!version) return { error: "This question is not part of the lesson any more. Reload the page to continue." };
  if (!version.is_demo) return { error: "Sign in to answer: only demo lessons can be tried without an account." };
  if (unknownOptions(version, input.chosen).length > 0) return { error: "That choice is not one of this question's options." };
  if (version.kind !== "highlight" && input.chosen.length !== 1) return { error: "Choose exactly one answer." };

  const progress = await readGuestProgress();
  const lesson = progress.lessons[input.lessonId] ?? { n: 1, a: {} };
  const earlier = lesson.a[input.questionId];
  const chosen = earlier?.c ?? input.chosen;
  const grade = earlier ? { score: earlier.s, correct: earlier.s === 1 } : gradeAnswer(version, chosen);
  if (!earlier) {
    lesson.a[input.questionId] = { c: chosen, s: grade.score };
    progress.lessons[input.lessonId] = lesson;
    await writeGuestProgress(progress);
  }
  const answered = Object.keys(lesson.a).length;
  return { feedback: buildFeedback(version, chosen, grade, { answered, finished: answered >= version.question_count }) };
}

/** Starts a new attempt at a finished lesson (guests: clears their cookie progress for it). */
export async function retryLessonAction(formData: FormData): Promise<void> {
  const lessonId = slug.safeParse(formData.get("lessonId"));
  if (!lessonId.success) return;
  const user = await getCurrentUser();
  if (user) {
    await startRetry(user.id, lessonId.data);
  } else {
    const progress = await readGuestProgress();
    const previous = progress.lessons[lessonId.data];
    progress.lessons[lessonId.data] = { n: (previous?.n ?? 0) + 1, a: {} };
    await writeGuestProgress(progress);
  }
  revalidatePath(`/lessons/${lessonId.data}`);
}
