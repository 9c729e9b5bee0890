import { sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { ON_OPEN_ATTEMPT_CONFLICT, sameContext } from "@/db/attempt-context";
import { gateAssignmentAnswer } from "@/db/queries/student-assignments";
import type { GateRefusal, Refused } from "@/lib/grading/answer-refusals";

/** The attempt started (or the one already open); a refusal's reason code; null: no such published lesson. */
export type RetryResult = { attemptId: string; number: number } | Refused<GateRefusal> | null;

/**
 * Starts a new attempt at a finished lesson (or assignment); the earlier attempts stay as history.
 * Idempotent: with an attempt already open (a double click, a second tab) it returns that one.
 * An assignment takes a new attempt only where it takes answers: the same gate as record_answer.
 */
export async function startRetry(
  userId: string,
  lessonId: string,
  assignmentId: string | null = null,
): Promise<RetryResult> {
  return db.transaction(async (tx) => {
    const [lesson] = await selectRows<{ question_count: number }>(
      sql`select jsonb_array_length(question_order) as question_count from lessons where id = ${lessonId} and status = 'published'`,
      tx,
    );
    if (!lesson) return null;
    if (assignmentId) {
      const gate = await gateAssignmentAnswer(tx, userId, assignmentId, lessonId);
      if (!gate.ok) return { refusal: gate.reason };
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
