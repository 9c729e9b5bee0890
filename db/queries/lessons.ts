import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { db } from "@/db";
import { lessons } from "@/db/schema";
import type { SessionUser } from "./users";

/**
 * A lesson the viewer may assign: published and not a demo (demo lessons are open to guests and
 * never assigned), and built in, the viewer's own, or shared by another teacher.
 */
export async function isAssignableLesson(viewer: Pick<SessionUser, "id" | "role">, lessonId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: lessons.id })
    .from(lessons)
    .where(
      and(
        eq(lessons.id, lessonId),
        eq(lessons.isDemo, false),
        eq(lessons.status, "published"),
        viewer.role === "admin"
          ? undefined
          : or(isNull(lessons.ownerId), eq(lessons.ownerId, viewer.id), eq(lessons.shared, true)),
      ),
    )
    .limit(1);
  return Boolean(row);
}
