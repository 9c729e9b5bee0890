import "server-only";
import { sql } from "drizzle-orm";
import { selectRows } from "@/db";

/** A student's answer to a question in their latest attempt at the lesson, with that attempt's progress. */
export async function getLatestAnswer(userId: string, lessonId: string, questionId: string) {
  const [row] = await selectRows<{ chosen: string[]; score: number; correct: boolean; answered: number }>(sql`
    select ans.chosen, ans.score, ans.correct,
           (select count(*)::int from answers x where x.attempt_id = a.id) as answered
    from attempts a
    join answers ans on ans.attempt_id = a.id and ans.question_id = ${questionId}
    where a.user_id = ${userId} and a.lesson_id = ${lessonId} and a.assignment_id is null
    order by a.completed_at is null desc, a.number desc
    limit 1`);
  return row ?? null;
}
