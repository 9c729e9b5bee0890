import { sql, type SQL } from "drizzle-orm";

/** At most one open attempt per student, lesson and assignment (the attempts_one_open_key index). */
export const ON_OPEN_ATTEMPT_CONFLICT = sql`on conflict (user_id, lesson_id, coalesce(assignment_id, '00000000-0000-0000-0000-000000000000'::uuid))
  where completed_at is null do nothing`;

/**
 * The attempts of one context: a lesson taken as practice (no assignment) or as one assignment.
 * Each context numbers its own attempts and has its own open one. Column names are unqualified,
 * so it fits any `from attempts` whatever its alias.
 */
export function sameContext(userId: string, lessonId: string, assignmentId: string | null): SQL {
  return assignmentId
    ? sql`user_id = ${userId} and lesson_id = ${lessonId} and assignment_id = ${assignmentId}`
    : sql`user_id = ${userId} and lesson_id = ${lessonId} and assignment_id is null`;
}
