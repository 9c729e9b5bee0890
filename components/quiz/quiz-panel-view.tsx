import Link from "next/link";
import { lessonHref, lessonQuizHref } from "@/lib/assignments/status";
import type { QuizNotice, QuizView } from "@/lib/quiz/quiz-view";
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
import { QuestionForm } from "./question-form";
import { QuizFlow } from "./quiz-flow";

type Props = {
  view: QuizView;
  /**
   * Set on the prerendered lesson page, which fetched `view` in the browser: loads it again after
   * the student moves on or starts over. Without it (the page rendered per request, which is also
   * the no-JavaScript quiz) the server render is refreshed, and links stay on that page.
   */
  reload?: () => Promise<void>;
  retryAction?: (formData: FormData) => Promise<void>;
};

/** The quiz beside a lesson, drawn from its view (lib/quiz/quiz-view.ts): the same on both pages. */
export function QuizPanelView({ view, reload, retryAction }: Props) {
  const perRequest = !reload;
  switch (view.kind) {
    case "sign-in":
      return <SignInPrompt next={view.next} />;
    case "unavailable":
      return <AssignmentUnavailable />;
    case "not-open":
      return <AssignmentNotOpen opensAt={view.opensAt} timeZone={view.timeZone} />;
    case "empty":
      return <p>This lesson has no questions yet.</p>;
    case "answered":
      return (
        <div id="quiz" className="space-y-4">
          <Notice notice={view.notice} perRequest={perRequest} />
          <ProgressBar answered={view.feedback.answered} total={view.feedback.total} />
          <QuestionForm
            question={view.question}
            lessonId={view.lessonId}
            assignmentId={view.assignmentId}
            feedback={view.feedback}
          />
          <AnswerFeedbackPanel
            feedback={view.feedback}
            options={view.question.options}
            lessonId={view.lessonId}
            assignmentId={view.assignmentId}
          />
        </div>
      );
  }
  const results = view.results && (
    <LessonResults
      lessonId={view.lessonId}
      assignmentId={view.assignmentId}
      results={view.results}
      retryAction={retryAction}
    />
  );
  return (
    <div id="quiz" className="space-y-4">
      <Notice notice={view.notice} perRequest={perRequest} />
      {view.problem && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {view.closed
            ? "Your answer was not saved: this assignment is closed."
            : "Your answer could not be saved. Please choose again."}
        </p>
      )}
      {view.guest && !view.results && (
        <p className="rounded-md bg-amber-50 p-3 text-sm">
          Demo lesson: your progress is kept in this browser only. <Link href="/sign-up">Sign up</Link> to keep it.
        </p>
      )}
      {view.closed && !view.results ? (
        <ClosedBeforeFinishing answered={view.answered} total={view.total} />
      ) : (
        <QuizFlow
          lessonId={view.lessonId}
          assignmentId={view.assignmentId}
          question={view.question}
          attempt={view.attempt}
          answered={view.answered}
          total={view.total}
          results={results}
          refresh={reload}
        />
      )}
    </div>
  );
}

function Notice({ notice, perRequest }: { notice: QuizNotice | null; perRequest: boolean }) {
  if (!notice) return null;
  switch (notice.kind) {
    case "assignment":
      return <AssignmentBanner assignment={notice.assignment} timeZone={notice.timeZone} now={notice.now} />;
    case "pending": {
      // On the page rendered per request (the no-JavaScript quiz), the link stays on that page.
      const href = (perRequest ? lessonQuizHref : lessonHref)(notice.assignment.lessonId, notice.assignment.id);
      return <PendingAssignmentNotice assignment={notice.assignment} timeZone={notice.timeZone} href={href} />;
    }
    case "preview":
      return <PreviewNotice />;
  }
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
