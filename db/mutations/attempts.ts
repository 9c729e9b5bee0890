import { sql } from "drizzle-orm";
import { db, selectRows } from "@/db";

/** At most one open attempt per student, lesson and assignment (the attempts_one_open_key index). */
export const ON_OPEN_ATTEMPT_CONFLICT = sql`on conflict (user_id, lesson_id, coalesce(assignment_id, '00000000-0000-0000-0000-000000000000'::uuid))
  where completed_at is null do nothing`;

/**
 * Starts a new attempt at a finished lesson; the earlier attempts stay as history. Idempotent:
 * with an attempt already open (a double click, a second tab) it returns that one.
 */
export async function startRetry(userId: string, lessonId: string): Promise<{ attemptId: string; number: number } | null> {
  return db.transaction(async (tx) => {
    const [lesson] = await selectRows<{ question_count: number }>(
      sql`select jsonb_array_length(question_order) as question_count from lessons where id = ${lessonId} and status = 'published'`,
      tx,
    );
    if (!lesson) return null;
    const [created] = await selectRows<{ id: string; number: number }>(
      sql`insert into attempts (user_id, lesson_id, number, question_count)
          values (${userId}, ${lessonId},
                  (select coalesce(max(number), 0) + 1 from attempts where user_id = ${userId} and lesson_id = ${lessonId} and assignment_id is null),
                  ${lesson.question_count})
          ${ON_OPEN_ATTEMPT_CONFLICT}
          returning id, number`,
      tx,
    );
    if (created) return { attemptId: created.id, number: created.number };
    const [open] = await selectRows<{ id: string; number: number }>(
      sql`select id, number from attempts
          where user_id = ${userId} and lesson_id = ${lessonId} and assignment_id is null and completed_at is null`,
      tx,
    );
    return open ? { attemptId: open.id, number: open.number } : null;
  });
}
