"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { startRetry } from "@/db/mutations/attempts";
import { slug } from "@/lib/content/schema";
import { isFormData } from "@/lib/forms/form-data";
import { parseAnswerForm } from "@/lib/validations/answers";
import { NOT_SAVED, submitAnswer, type AnswerState } from "@/server/grading/submit-answer";
import { readGuestProgress, writeGuestProgress } from "@/server/guest-progress";
import { getCurrentUser } from "@/server/session";

export type { AnswerState };

/**
 * Grades one answer on the server and returns only the grading result: no page re-render. The
 * key, explanation and feedback leave the server here, after the answer is recorded.
 */
export async function submitAnswerAction(_prev: AnswerState, formData: FormData): Promise<AnswerState> {
  if (!isFormData(formData)) return { error: "That answer could not be read." };
  const parsed = parseAnswerForm(formData);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "That answer could not be read." };
  // The session check reads the database too: while it is away (a restart) the student gets the
  // same "try again" as a failed write, not an error page.
  const user = await getCurrentUser().catch(() => undefined);
  if (user === undefined) return { error: NOT_SAVED, retryable: true };
  return submitAnswer(parsed.data, user);
}

const optionalAssignmentId = z.uuid().nullable().catch(null);

/**
 * Starts a new attempt at a finished lesson or assignment (guests: clears their cookie progress
 * for it). A refusal (a closed assignment) needs no message here: the re-rendered page says it.
 */
export async function retryLessonAction(formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const lessonId = slug.safeParse(formData.get("lessonId"));
  if (!lessonId.success) return;
  const assignmentId = optionalAssignmentId.parse(formData.get("assignmentId") || null);
  const user = await getCurrentUser();
  if (user) {
    await startRetry(user.id, lessonId.data, assignmentId);
  } else if (!assignmentId) {
    const progress = await readGuestProgress();
    const previous = progress.lessons[lessonId.data];
    progress.lessons[lessonId.data] = { n: (previous?.n ?? 0) + 1, a: {} };
    await writeGuestProgress(progress);
  }
  // The page the form was on renders again (the no-JavaScript quiz); the prerendered lesson page
  // is the same for everyone and stays cached, its quiz reloads in the browser.
  refresh();
}
