import "server-only";
import { sql } from "drizzle-orm";
import { selectPreparedRows } from "@/db";
import { sameContext } from "@/db/attempt-context";
import type { RubricLevel } from "@/lib/content/skills";

/** One answer of the attempt: score and correct null while a written response awaits review. */
export type AnsweredQuestion = {
  questionId: string;
  correct: boolean | null;
  score: number | null;
  /** A written response's review, once its teacher has scored it. */
  review: { level: RubricLevel; comment: string | null } | null;
};

export type QuizState = {
  attempt: { id: string; number: number; completed: boolean; score: number | null } | null;
  answered: AnsweredQuestion[];
  completedAttempts: number;
};

/**
 * Where a student stands in a lesson, as practice or as one assignment: the open attempt (or the
 * latest finished one) and its answers.
 */
export async function getQuizState(
  userId: string,
  lessonId: string,
  assignmentId: string | null = null,
): Promise<QuizState> {
  const rows = await selectPreparedRows<{
    id: string;
    number: number;
    completed: boolean;
    score: number | null;
    completed_attempts: number;
    answers: AnsweredQuestion[] | null;
  }>(sql`
    select a.id, a.number, a.completed_at is not null as completed, a.score,
           (select count(*)::int from attempts c
             where ${sameContext(userId, lessonId, assignmentId)} and c.completed_at is not null) as completed_attempts,
           (select json_agg(json_build_object('questionId', ans.question_id, 'correct', ans.correct, 'score', ans.score,
                                      'review', (select json_build_object('level', r.level, 'comment', r.comment)
                                                   from answer_reviews r where r.answer_id = ans.id)))
              from answers ans where ans.attempt_id = a.id) as answers
    from attempts a
    where ${sameContext(userId, lessonId, assignmentId)}
    order by a.completed_at is null desc, a.number desc
    limit 1`);
  const latest = rows[0];
  if (!latest) return { attempt: null, answered: [], completedAttempts: 0 };
  return {
    attempt: { id: latest.id, number: latest.number, completed: latest.completed, score: latest.score },
    answered: latest.answers ?? [],
    completedAttempts: latest.completed_attempts,
  };
}
