import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { lessons } from "@/db/schema";

/** Built-in, published and not a demo: demo lessons are open to guests and never assigned. */
export async function isAssignableLesson(lessonId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: lessons.id })
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), eq(lessons.isDemo, false), eq(lessons.status, "published"), isNull(lessons.ownerId)))
    .limit(1);
  return Boolean(row);
}
