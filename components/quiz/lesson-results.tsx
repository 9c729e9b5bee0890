import Link from "next/link";
import { retryLessonAction } from "@/app/lessons/[id]/actions";
import { Button } from "@/components/ui/button";
import { RUBRIC_LEVELS } from "@/lib/content/skills";
import { plural } from "@/lib/plural";
import type { AnsweredResult as Answered, QuizResults } from "@/lib/quiz/quiz-view";

type Props = {
  lessonId: string;
  /** An assignment's results: its retry starts a new attempt at the assignment. */
  assignmentId?: string | null;
  results: QuizResults;
  /**
   * What "Try again" runs. The server action itself by default, which also works as a plain form
   * post; the prerendered lesson page passes one that reloads its quiz afterwards.
   */
  retryAction?: (formData: FormData) => void | Promise<void>;
};

export function LessonResults({ lessonId, assignmentId, results, retryAction = retryLessonAction }: Props) {
  const { questionIds, answered, attemptNumber, retryAllowed, guest } = results;
  // The score counts what is scored (as attempt_score does): a written answer waits for its teacher.
  const scored = questionIds.filter((id) => (answered[id]?.score ?? null) !== null);
  const total = scored.reduce((sum, id) => sum + (answered[id]?.score ?? 0), 0);
  const points = Math.round(total * 10) / 10;
  const unscored = questionIds.filter((id) => answered[id] && answered[id].score === null).length;
  return (
    <section aria-labelledby="results-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="results-heading" tabIndex={-1} className="font-serif text-xl font-semibold">
        Lesson finished{attemptNumber > 1 ? ` (attempt ${attemptNumber})` : ""}
      </h2>
      {unscored === 0 ? (
        <p>
          You scored <strong>{points}</strong> out of {questionIds.length}.
        </p>
      ) : (
        <p>
          You scored <strong>{points}</strong> out of {plural(scored.length, "scored question")}.{" "}
          {assignmentId
            ? `${plural(unscored, "written answer is", "written answers are")} awaiting your teacher's review and will count once scored.`
            : `${plural(unscored, "written answer is", "written answers are")} practice: compared with the model answer, not scored.`}
        </p>
      )}
      <ol className="space-y-1 text-sm">
        {questionIds.map((id, i) => (
          <li key={id}>
            Question {i + 1}: {resultLabel(answered[id], Boolean(assignmentId))}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-4">
        {retryAllowed && (
          <form action={retryAction}>
            <input type="hidden" name="lessonId" value={lessonId} />
            {assignmentId && <input type="hidden" name="assignmentId" value={assignmentId} />}
            <Button type="submit">Try again</Button>
          </form>
        )}
        {guest ? (
          <Link href="/sign-up">Sign up to keep your progress</Link>
        ) : (
          <Link href="/progress">See your progress by skill</Link>
        )}
      </div>
    </section>
  );
}

function resultLabel(a: Answered | undefined, assignment: boolean): string {
  if (!a) return "not answered";
  if (a.review) {
    const level = `${RUBRIC_LEVELS[a.review.level].label} (scored by your teacher)`;
    return a.review.comment ? `${level}. Your teacher's comment: “${a.review.comment}”` : level;
  }
  if (a.score === null) return assignment ? "awaiting your teacher's review" : "written answer (practice, not scored)";
  if (a.correct) return "correct";
  return a.score > 0 ? `partly right (${Math.round(a.score * 100)}%)` : "not correct";
}
