import "server-only";
import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import { sameContext } from "@/db/attempt-context";
import type { RubricLevel } from "@/lib/content/skills";

/** A student's answer to a question in their latest attempt (practice, or the assignment's), with that attempt's progress. */
export async function getLatestAnswer(
  userId: string,
  lessonId: string,
  questionId: string,
  assignmentId: string | null = null,
) {
  const [row] = await selectRows<{
    chosen: string[];
    shown_order: string[] | null;
    score: number | null;
    correct: boolean | null;
    marks: { source: string; start: number; end: number }[] | null;
    response: string | null;
    review: { level: RubricLevel; comment: string | null } | null;
    answered: number;
  }>(sql`
    select ans.chosen, ans.shown_order, ans.score, ans.correct, ans.marks, ans.response,
           (select json_build_object('level', r.level, 'comment', r.comment) from answer_reviews r
             where r.answer_id = ans.id) as review,
           (select count(*)::int from answers x where x.attempt_id = a.id) as answered
    from attempts a
    join answers ans on ans.attempt_id = a.id and ans.question_id = ${questionId}
    where ${sameContext(userId, lessonId, assignmentId)}
    order by a.completed_at is null desc, a.number desc
    limit 1`);
  return row ?? null;
}
