import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db";
import { lessons } from "@/db/schema";
import { assignableBy } from "./teacher-lessons";
import type { SessionUser } from "./users";

/**
 * A lesson the viewer may assign: a built-in lesson that is published and not a demo (demo
 * lessons are open to guests and never assigned), or a teacher's lesson by `assignableBy` (the
 * rule the assignment form's list follows: the viewer's own or shared, published).
 */
export async function isAssignableLesson(viewer: Pick<SessionUser, "id" | "role">, lessonId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: lessons.id })
    .from(lessons)
    .where(
      and(
        eq(lessons.id, lessonId),
        or(
          and(isNull(lessons.ownerId), eq(lessons.isDemo, false), eq(lessons.status, "published")),
          assignableBy(viewer),
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}
