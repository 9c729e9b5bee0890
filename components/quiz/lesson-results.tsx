import Link from "next/link";
import { retryLessonAction } from "@/app/lessons/[id]/actions";
import type { PublicQuestion } from "@/db/queries/lesson-questions";
import { Button } from "@/components/ui/button";

type Props = {
  lessonId: string;
  /** An assignment's results: its retry starts a new attempt at the assignment. */
  assignmentId?: string | null;
  /** A closed assignment takes no new attempt. */
  retryAllowed?: boolean;
  questions: PublicQuestion[];
  answered: Map<string, { correct: boolean; score: number }>;
  attemptNumber: number;
  guest: boolean;
};

export function LessonResults({
  lessonId,
  assignmentId,
  retryAllowed = true,
  questions,
  answered,
  attemptNumber,
  guest,
}: Props) {
  const total = questions.reduce((sum, q) => sum + (answered.get(q.id)?.score ?? 0), 0);
  const points = Math.round(total * 10) / 10;
  return (
    <section aria-labelledby="results-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="results-heading" tabIndex={-1} className="font-serif text-xl font-semibold">
        Lesson finished{attemptNumber > 1 ? ` (attempt ${attemptNumber})` : ""}
      </h2>
      <p>
        You scored <strong>{points}</strong> out of {questions.length}.
      </p>
      <ol className="space-y-1 text-sm">
        {questions.map((q, i) => {
          const a = answered.get(q.id);
          const label = !a
            ? "not answered"
            : a.correct
              ? "correct"
              : a.score > 0
                ? `partly right (${Math.round(a.score * 100)}%)`
                : "not correct";
          return (
            <li key={q.id}>
              Question {i + 1}: {label}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-4">
        {retryAllowed && (
          <form action={retryLessonAction}>
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
