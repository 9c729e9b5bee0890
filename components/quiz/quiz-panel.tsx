import Link from "next/link";
import type { ReactNode } from "react";
import type { PublicQuestion } from "@/db/queries/lesson-questions";
import type { StudentAssignment } from "@/db/queries/student-assignments";
import type { MarkableArticle } from "@/lib/content/sentences";
import { lessonHref } from "@/lib/assignments/status";
import { inOrder, orderSeat } from "@/lib/quiz/option-order";
import { shownOptionOrder } from "@/lib/quiz/shown-order";
import { storedFeedback } from "@/server/grading/submit-answer";
import {
  findPendingAssignment,
  findQuizAssignment,
  listQuizQuestions,
  markableFor,
  quizProgress,
  type QuizProgress,
} from "@/server/quiz/lesson-quiz";
import { getCurrentUser } from "@/server/session";
import { AnswerFeedbackPanel } from "./answer-feedback-panel";
import {
  AssignmentBanner,
  AssignmentNotOpen,
  AssignmentUnavailable,
  PendingAssignmentNotice,
  PreviewNotice,
} from "./assignment-notices";
import { LessonResults } from "./lesson-results";
import { ProgressBar } from "./progress-bar";
import { QuestionForm, type ShownQuestion } from "./question-form";
import { QuizFlow } from "./quiz-flow";

export type QuizSearchParams = Promise<{
  answered?: string | string[];
  problem?: string | string[];
  assignment?: string | string[];
}>;

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * The per-student part of a lesson page: the first unanswered question of the open attempt, or
 * the results of the finished one. Signed-in students keep progress in the database, per
 * context (practice, or one assignment: `?assignment=`); guests on demo lessons in a signed cookie.
 */
export async function QuizPanel({
  lessonId,
  demo,
  searchParams,
}: {
  lessonId: string;
  demo: boolean;
  searchParams: QuizSearchParams;
}) {
  const user = await getCurrentUser();
  const params = await searchParams;
  const assignmentParam = single(params.assignment);
  if (!user && (!demo || assignmentParam)) return <SignInPrompt next={lessonHref(lessonId, assignmentParam)} />;

  let assignment: StudentAssignment | null = null;
  let notice: ReactNode = null;
  const now = new Date();
  if (user && assignmentParam) {
    assignment = await findQuizAssignment(user, assignmentParam);
    if (!assignment || assignment.lessonId !== lessonId) return <AssignmentUnavailable />;
    if (assignment.opensAt && assignment.opensAt > now)
      return <AssignmentNotOpen opensAt={assignment.opensAt} timeZone={user.timeZone} />;
    notice = <AssignmentBanner assignment={assignment} timeZone={user.timeZone} now={now} />;
  } else if (user?.role === "student") {
    const pending = await findPendingAssignment(user, lessonId);
    if (pending) notice = <PendingAssignmentNotice assignment={pending} timeZone={user.timeZone} />;
  } else if (user) {
    notice = <PreviewNotice />;
  }

  const assignmentId = assignment?.id ?? null;
  const questions = await listQuizQuestions(lessonId, user);
  if (questions.length === 0) return <p>This lesson has no questions yet.</p>;
  const progress = await quizProgress(user, lessonId, assignmentId, questions.length);

  // After a plain form post (no JavaScript): the result of the answer just given.
  const justAnswered = questions.find((q) => q.id === single(params.answered));
  const stored = justAnswered ? await storedFeedback(lessonId, justAnswered.id, user, assignmentId) : null;
  if (justAnswered && stored) {
    const { feedback } = stored;
    // The question as the student saw it (same order), locked and marked, then its feedback.
    const shown = {
      id: justAnswered.id,
      kind: justAnswered.kind,
      prompt: justAnswered.prompt,
      options: shownOptions(justAnswered, stored.shownOrder),
      markable: await markableFor(justAnswered, lessonId, user),
    };
    return (
      <div id="quiz" className="space-y-4">
        {notice}
        <ProgressBar answered={feedback.answered} total={feedback.total} />
        <QuestionForm question={shown} lessonId={lessonId} assignmentId={assignmentId} feedback={feedback} />
        <AnswerFeedbackPanel
          feedback={feedback}
          options={shown.options}
          lessonId={lessonId}
          assignmentId={assignmentId}
        />
      </div>
    );
  }
  const attempt = progress.attemptNumber;
  const orderFor = (q: PublicQuestion) =>
    shownOptionOrder(q.options, orderSeat({ lessonId, questionId: q.id, assignmentId, attempt }, user));

  const closed = Boolean(assignment?.closedAt);
  const results = progress.finished && (
    <LessonResults
      lessonId={lessonId}
      assignmentId={assignmentId}
      retryAllowed={!closed}
      questions={questions}
      answered={progress.answered}
      attemptNumber={progress.attemptNumber}
      guest={!user}
    />
  );
  return (
    <div id="quiz" className="space-y-4">
      {notice}
      {single(params.problem) && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {closed
            ? "Your answer was not saved: this assignment is closed."
            : "Your answer could not be saved. Please choose again."}
        </p>
      )}
      {!user && !progress.finished && (
        <p className="rounded-md bg-amber-50 p-3 text-sm">
          Demo lesson: your progress is kept in this browser only. <Link href="/sign-up">Sign up</Link> to keep it.
        </p>
      )}
      {closed && !progress.finished ? (
        <ClosedBeforeFinishing answered={progress.answered.size} total={questions.length} />
      ) : (
        <QuizFlow
          lessonId={lessonId}
          assignmentId={assignmentId}
          question={await nextQuestion(questions, progress, orderFor, (q) => markableFor(q, lessonId, user))}
          attempt={attempt}
          answered={progress.answered.size}
          total={questions.length}
          results={results}
        />
      )}
    </div>
  );
}

/**
 * The first unanswered question, its options in the order drawn for this student and attempt;
 * a two-tier item also carries the articles' sentences to mark.
 */
async function nextQuestion(
  questions: PublicQuestion[],
  progress: QuizProgress,
  orderFor: (q: PublicQuestion) => string[],
  markable: (question: PublicQuestion) => Promise<MarkableArticle[] | undefined>,
): Promise<ShownQuestion | null> {
  const current = progress.finished ? undefined : questions.find((q) => !progress.answered.has(q.id));
  if (!current) return null;
  return {
    id: current.id,
    kind: current.kind,
    prompt: current.prompt,
    options: shownOptions(current, orderFor(current)),
    markable: await markable(current),
  };
}

function shownOptions(question: PublicQuestion, order: readonly string[]) {
  return inOrder(question.options, order).map(({ id, text }) => ({ id, text }));
}

function SignInPrompt({ next }: { next: string }) {
  return (
    <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
      <h2 className="text-lg font-semibold">Sign in to take this lesson</h2>
      <p className="text-sm text-muted">Your answers and progress are saved to your account.</p>
      <p>
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link> or{" "}
        <Link href="/sign-up">create an account</Link>
      </p>
    </div>
  );
}

function ClosedBeforeFinishing({ answered, total }: { answered: number; total: number }) {
  return (
    <p className="rounded-lg border border-stone-200 bg-white p-5">
      You answered {answered} of {total} questions before the assignment closed. You can still read the articles, and
      practise the lesson from the <Link href="/library">library</Link>.
    </p>
  );
}
