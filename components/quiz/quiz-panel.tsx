import Link from "next/link";
import { listPublicQuestions } from "@/db/queries/lesson-questions";
import { getQuizState } from "@/db/queries/quiz-state";
import { readGuestProgress } from "@/lib/guest-progress";
import { getCurrentUser } from "@/lib/session";
import { storedFeedback } from "@/lib/grading/submit-answer";
import { AnswerFeedbackPanel } from "./answer-feedback-panel";
import { LessonResults } from "./lesson-results";
import { ProgressBar } from "./progress-bar";
import { QuizFlow } from "./quiz-flow";

type Progress = { answered: Map<string, { correct: boolean; score: number }>; finished: boolean; attemptNumber: number };

/**
 * The per-student part of a lesson page: the first unanswered question of the open attempt, or
 * the results of the finished one. Signed-in students keep progress in the database; guests on
 * demo lessons in a signed cookie.
 */
export type QuizSearchParams = Promise<{ answered?: string | string[]; problem?: string | string[] }>;

export async function QuizPanel({ lessonId, demo, searchParams }: { lessonId: string; demo: boolean; searchParams: QuizSearchParams }) {
  const user = await getCurrentUser();
  const { answered: answeredId, problem } = await searchParams;
  if (!user && !demo) {
    return (
      <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 className="text-lg font-semibold">Sign in to take this lesson</h2>
        <p className="text-sm text-muted">Your answers and progress are saved to your account.</p>
        <p>
          <Link href={`/sign-in?next=/lessons/${lessonId}`}>Sign in</Link> or <Link href="/sign-up">create an account</Link>
        </p>
      </div>
    );
  }
  const questions = await listPublicQuestions(lessonId);
  const progress = user ? await studentProgress(user.id, lessonId) : await guestProgress(lessonId, questions.length);

  if (questions.length === 0) return <p>This lesson has no questions yet.</p>;

  // After a plain form post (no JavaScript): the result of the answer just given.
  const justAnswered = typeof answeredId === "string" ? questions.find((q) => q.id === answeredId) : undefined;
  const feedback = justAnswered ? await storedFeedback(lessonId, justAnswered.id, user) : null;
  if (justAnswered && feedback) {
    return (
      <div id="quiz" className="space-y-4">
        <ProgressBar answered={feedback.answered} total={feedback.total} />
        <AnswerFeedbackPanel feedback={feedback} options={justAnswered.options} lessonId={lessonId} />
      </div>
    );
  }
  const current = progress.finished ? undefined : questions.find((q) => !progress.answered.has(q.id));
  return (
    <div id="quiz" className="space-y-4">
      {problem && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          Your answer could not be saved. Please choose again.
        </p>
      )}
      {!user && !progress.finished && (
        <p className="rounded-md bg-amber-50 p-3 text-sm">
          Demo lesson: your progress is kept in this browser only. <Link href="/sign-up">Sign up</Link> to keep it.
        </p>
      )}
      <QuizFlow
        lessonId={lessonId}
        question={current ? { id: current.id, kind: current.kind, prompt: current.prompt, options: current.options } : null}
        answered={progress.answered.size}
        total={questions.length}
        results={
          progress.finished && (
          <LessonResults
            lessonId={lessonId}
            questions={questions}
            answered={progress.answered}
            attemptNumber={progress.attemptNumber}
            guest={!user}
          />
          )
        }
      />
    </div>
  );
}

async function studentProgress(userId: string, lessonId: string): Promise<Progress> {
  const state = await getQuizState(userId, lessonId);
  return {
    answered: new Map(state.answered.map((a) => [a.questionId, a])),
    finished: state.attempt?.completed ?? false,
    attemptNumber: state.attempt?.number ?? 1,
  };
}

async function guestProgress(lessonId: string, total: number): Promise<Progress> {
  const lesson = (await readGuestProgress()).lessons[lessonId];
  const answered = new Map(Object.entries(lesson?.a ?? {}).map(([id, a]) => [id, { correct: a.s === 1, score: a.s }]));
  return { answered, finished: total > 0 && answered.size >= total, attemptNumber: lesson?.n ?? 1 };
}
