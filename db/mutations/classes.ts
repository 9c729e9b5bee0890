import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { classes } from "@/db/schema";
import { generateCode } from "@/lib/codes";
import type { ClassDetailsInput } from "@/lib/validations/classes";

/** Eight characters in two groups ("K7QM-3XWP"): 27⁸ codes, so a clash is rare and simply retried. */
const newJoinCode = () => generateCode(2);

async function withFreshJoinCode<T>(attempt: (code: string) => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 5; tries++) {
    const result = await attempt(newJoinCode());
    if (result !== undefined) return result;
  }
  throw new Error("Could not find an unused join code in 5 tries.");
}

export async function createClass(
  teacherId: string,
  details: ClassDetailsInput,
): Promise<{ id: string; joinCode: string }> {
  return withFreshJoinCode(async (joinCode) => {
    const [created] = await db
      .insert(classes)
      .values({ teacherId, ...details, joinCode })
      .onConflictDoNothing()
      .returning({ id: classes.id, joinCode: classes.joinCode });
    return created ? { id: created.id, joinCode } : undefined;
  });
}

export async function updateClassDetails(classId: string, details: ClassDetailsInput): Promise<void> {
  await db
    .update(classes)
    .set({ ...details, updatedAt: new Date() })
    .where(eq(classes.id, classId));
}

/** Archived classes leave the teacher's list and take no new students; nothing is deleted. */
export async function setClassArchived(classId: string, archived: boolean): Promise<void> {
  await db
    .update(classes)
    .set({ archivedAt: archived ? sql`coalesce(${classes.archivedAt}, now())` : null, updatedAt: new Date() })
    .where(eq(classes.id, classId));
}

export async function setJoinEnabled(classId: string, enabled: boolean): Promise<void> {
  await db.update(classes).set({ joinEnabled: enabled, updatedAt: new Date() }).where(eq(classes.id, classId));
}

/** A new code replaces the old one, which then matches no class: for a code that got around. */
export async function rotateJoinCode(classId: string): Promise<string> {
  return withFreshJoinCode(async (joinCode) => {
    const taken = db
      .select({ id: classes.id })
      .from(classes)
      .where(and(sql`replace(${classes.joinCode}, '-', '') = replace(${joinCode}, '-', '')`, ne(classes.id, classId)));
    const [updated] = await db
      .update(classes)
      .set({ joinCode, updatedAt: new Date() })
      .where(and(eq(classes.id, classId), sql`not exists (${taken})`))
      .returning({ id: classes.id });
    return updated ? joinCode : undefined;
  });
}
