import "server-only";
import { sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { managedBy, type Viewer } from "@/db/queries/class-access";
import { RUBRIC_LEVELS, type RubricLevel } from "@/lib/content/skills";

/**
 * Scores one written response with a rubric level: the review (a second one replaces the first),
 * the answer's score and correct (Mastery alone counts as correct), and its attempt's score
 * (attempt_score, migration 0009: the mean of what is scored) in one transaction, so no report
 * ever shows a level without its score. Only a written answer to `assignmentId`, in a class the
 * viewer manages; false when there is no such answer.
 */
export async function scoreResponse(
  viewer: Viewer,
  input: { assignmentId: string; answerId: number; level: RubricLevel; comment: string | null },
): Promise<boolean> {
  const score = RUBRIC_LEVELS[input.level].score;
  return db.transaction(async (tx) => {
    const [answer] = await selectRows<{ attempt_id: string }>(
      sql`select x.attempt_id from answers x
          join attempts t on t.id = x.attempt_id
          join question_versions qv on qv.id = x.question_version_id and qv.kind = 'written'
          join assignments a on a.id = t.assignment_id
          join classes on classes.id = a.class_id
          where x.id = ${input.answerId} and t.assignment_id = ${input.assignmentId} and ${managedBy(viewer)}
          for update of x`,
      tx,
    );
    if (!answer) return false;
    await tx.execute(sql`
      insert into answer_reviews (answer_id, reviewer_id, level, comment)
      values (${input.answerId}, ${viewer.id}, ${input.level}, ${input.comment})
      on conflict (answer_id) do update
        set reviewer_id = excluded.reviewer_id, level = excluded.level, comment = excluded.comment, reviewed_at = now()`);
    await tx.execute(
      sql`update answers set score = ${score}, correct = ${input.level === "mastery"} where id = ${input.answerId}`,
    );
    // An attempt still open is scored when it completes (record_answer); a finished one now.
    await tx.execute(sql`update attempts set score = attempt_score(id)
                         where id = ${answer.attempt_id} and completed_at is not null`);
    return true;
  });
}
