"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useLayoutEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { submitAnswerAction, type AnswerState } from "@/app/lessons/[id]/actions";
import { lessonHref } from "@/lib/assignments/status";
import { AnswerFeedbackPanel } from "./answer-feedback-panel";
import { clearEvidence } from "./evidence-highlight";
import { ProgressBar } from "./progress-bar";
import type { ShownQuestion } from "@/lib/quiz/quiz-view";
import { QuestionForm } from "./question-form";

type Props = {
  lessonId: string;
  /** Set when the lesson is taken as an assignment: answers go to that assignment's attempt. */
  assignmentId: string | null;
  /** The first unanswered question, as the server sees it now; null when the lesson is finished. */
  question: ShownQuestion | null;
  answered: number;
  total: number;
  /** The attempt the page was drawn for: the options' order belongs to it, and the answer says so. */
  attempt: number;
  /** The finished lesson's results. */
  results: ReactNode;
  /**
   * Loads the quiz's next state once the student moves on. By default the page's server render is
   * refreshed; the prerendered lesson page fetches its quiz's state instead.
   */
  refresh?: () => Promise<void>;
};

const RETRY_DELAYS_MS = [500, 1000, 2000];
const NOT_SAVED = "Your answer could not be saved just now. Please try again: nothing was lost.";

/**
 * Sends the answer, and sends it again a few times when the server could not save it (its
 * database restarting, a dropped connection): one row per attempt and question makes a replay
 * harmless, and the student only sees the error if it lasts.
 */
async function submitWithRetries(previous: AnswerState, formData: FormData): Promise<AnswerState> {
  const once = () =>
    submitAnswerAction(previous, formData).catch((): AnswerState => ({ error: NOT_SAVED, retryable: true }));
  let result = await once();
  for (const delay of RETRY_DELAYS_MS) {
    if (!result.retryable) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    result = await once();
  }
  return result;
}

/**
 * One question at a time. After an answer the student stays on that question with its feedback
 * until they choose to move on, even when the server has already re-rendered the page with the
 * next question (a guest's cookie update does that).
 */
export function QuizFlow({ lessonId, assignmentId, question, answered, total, attempt, results, refresh }: Props) {
  const [state, formAction, pending] = useActionState<AnswerState, FormData>(
    submitWithRetries,
    {},
    lessonHref(lessonId, assignmentId),
  );
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [moving, startMoving] = useTransition();
  const router = useRouter();
  const [submitted, setSubmitted] = useState<ShownQuestion | null>(null);
  // After the student moves on, each new question takes keyboard focus; not on first page load.
  const [focusQuestions, setFocusQuestions] = useState(false);

  const feedback = state.feedback && state.feedback.questionId !== dismissed ? state.feedback : undefined;
  const waitingForNext = !feedback && dismissed !== null && question?.id === dismissed;

  useEffect(() => {
    if (!feedback) clearEvidence();
  }, [feedback]);

  const moveOn = () => {
    if (!feedback) return;
    setFocusQuestions(true);
    setDismissed(feedback.questionId);
    if (question?.id !== feedback.questionId) return;
    startMoving(async () => {
      if (refresh) await refresh();
      else router.refresh();
    });
  };

  if (feedback) {
    const shown = submitted?.id === feedback.questionId ? submitted : null;
    return (
      <div className="space-y-4">
        <ProgressBar answered={feedback.answered} total={feedback.total} />
        {shown && <QuestionForm question={shown} lessonId={lessonId} assignmentId={assignmentId} feedback={feedback} />}
        <AnswerFeedbackPanel
          feedback={feedback}
          options={shown?.options ?? []}
          lessonId={lessonId}
          assignmentId={assignmentId}
          onNext={moveOn}
          moving={moving}
        />
      </div>
    );
  }
  // Focus never falls back to the page: it waits on the status, then goes to what comes next.
  if (waitingForNext || moving) return <FocusedOnMount as="status">Loading the next question…</FocusedOnMount>;
  if (!question) return focusQuestions ? <FocusedOnMount as="results">{results}</FocusedOnMount> : <>{results}</>;
  return (
    <div className="space-y-4">
      <ProgressBar answered={answered} total={total} />
      <QuestionForm
        key={question.id}
        question={question}
        lessonId={lessonId}
        assignmentId={assignmentId}
        attempt={attempt}
        action={formAction}
        pending={pending}
        error={state.error}
        autoFocus={focusQuestions}
        onSubmitQuestion={() => setSubmitted(question)}
      />
    </div>
  );
}

/** Takes keyboard focus when it appears: a status line itself, or the heading of the results. */
function FocusedOnMount({ as, children }: { as: "status" | "results"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Before paint, in the same commit that removed the button that had focus.
  useLayoutEffect(() => {
    const target = as === "status" ? ref.current : ref.current?.querySelector<HTMLElement>("h2");
    target?.focus();
  }, [as]);
  if (as === "status") {
    return (
      <div ref={ref} role="status" tabIndex={-1}>
        {children}
      </div>
    );
  }
  return <div ref={ref}>{children}</div>;
}
