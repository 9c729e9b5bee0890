import { sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { ON_OPEN_ATTEMPT_CONFLICT, sameContext } from "@/db/attempt-context";
import { ANSWER_GATE_MESSAGES, gateAssignmentAnswer } from "@/db/queries/student-assignments";

export type RetryResult = { attemptId: string; number: number } | { error: string } | null;

/**
 * Starts a new attempt at a finished lesson (or assignment); the earlier attempts stay as history.
 * Idempotent: with an attempt already open (a double click, a second tab) it returns that one.
 * A closed assignment takes no new attempt.
 */
export async function startRetry(userId: string, lessonId: string, assignmentId: string | null = null): Promise<RetryResult> {
  return db.transaction(async (tx) => {
    const [lesson] = await selectRows<{ question_count: number }>(
      sql`select jsonb_array_length(question_order) as question_count from lessons where id = ${lessonId} and status = 'published'`,
      tx,
    );
    if (!lesson) return null;
    if (assignmentId) {
      const gate = await gateAssignmentAnswer(tx, userId, assignmentId, lessonId);
      if (!gate.ok) return { error: ANSWER_GATE_MESSAGES[gate.reason] };
    }
    const [created] = await selectRows<{ id: string; number: number }>(
      sql`insert into attempts (user_id, lesson_id, assignment_id, number, question_count)
          values (${userId}, ${lessonId}, ${assignmentId}::uuid,
                  (select coalesce(max(number), 0) + 1 from attempts where ${sameContext(userId, lessonId, assignmentId)}),
                  ${lesson.question_count})
          ${ON_OPEN_ATTEMPT_CONFLICT}
          returning id, number`,
      tx,
    );
    if (created) return { attemptId: created.id, number: created.number };
    const [open] = await selectRows<{ id: string; number: number }>(
      sql`select id, number from attempts where ${sameContext(userId, lessonId, assignmentId)} and completed_at is null`,
      tx,
    );
    return open ? { attemptId: open.id, number: open.number } : null;
  });
}
