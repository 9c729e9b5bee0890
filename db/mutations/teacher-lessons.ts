import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { db, selectRows, type Tx } from "@/db";
import { lessons, lessonSources, questions, sources, type DraftQuestion } from "@/db/schema";
import { upsertQuestion } from "@/db/sync-content";
import type { Question } from "@/lib/content/types";
import { estimateLessonMinutes } from "@/lib/teacher-lessons/estimate-minutes";
import { newTeacherContentId } from "@/lib/teacher-lessons/ids";
import type { ImportedSourceInput } from "@/lib/validations/imports";

/**
 * A teacher's imported article and a draft lesson built on it, with the suggested questions to
 * review: one transaction, so there is never a source without its lesson.
 */
export async function createImportedSource(
  ownerId: string,
  input: ImportedSourceInput,
  suggest: (sourceId: string) => DraftQuestion[],
): Promise<{ sourceId: string; lessonId: string }> {
  const sourceId = newTeacherContentId();
  const lessonId = newTeacherContentId();
  const drafts = suggest(sourceId);
  await db.transaction(async (tx) => {
    await tx.insert(sources).values({
      id: sourceId,
      ownerId,
      title: input.title,
      outlet: input.outlet,
      url: input.url,
      author: input.author,
      authorRole: input.authorRole,
      publishedOn: input.published,
      genre: input.genre,
      section: input.section,
      captureNote: input.captureNote,
      body: input.body,
    });
    await tx.insert(lessons).values({
      id: lessonId,
      ownerId,
      title: input.title,
      summary: `A close reading of ${input.outlet}'s article “${input.title}”.`,
      estimatedMinutes: estimateLessonMinutes([input.body], drafts.length),
      status: "draft",
      draftQuestions: drafts,
      draftUpdatedAt: new Date(),
    });
    await tx.insert(lessonSources).values({ lessonId, sourceId, position: 1 });
  });
  return { sourceId, lessonId };
}

/**
 * Changes a lesson's draft questions with the row locked, so two tabs saving different questions
 * never undo each other's edits.
 */
export async function updateDraftQuestions(
  lessonId: string,
  change: (questions: DraftQuestion[]) => DraftQuestion[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ draft: lessons.draftQuestions })
      .from(lessons)
      .where(eq(lessons.id, lessonId))
      .for("update");
    if (!row) return;
    await tx
      .update(lessons)
      .set({ draftQuestions: change(row.draft ?? []), draftUpdatedAt: new Date(), updatedAt: new Date() })
      .where(eq(lessons.id, lessonId));
  });
}

export async function updateLessonDetails(
  lessonId: string,
  details: { title: string; summary: string; estimatedMinutes: number; shared: boolean },
): Promise<void> {
  await db
    .update(lessons)
    .set({ ...details, updatedAt: new Date() })
    .where(eq(lessons.id, lessonId));
}

/** Adds one of the teacher's sources to the lesson, after the others, with questions drafted for it. */
export async function addSourceToLesson(
  lessonId: string,
  sourceId: string,
  newQuestions: (existing: DraftQuestion[]) => DraftQuestion[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ draft: lessons.draftQuestions })
      .from(lessons)
      .where(eq(lessons.id, lessonId))
      .for("update");
    if (!row) return;
    await tx
      .insert(lessonSources)
      .values({
        lessonId,
        sourceId,
        position: sql`(select coalesce(max(position), 0) + 1 from lesson_sources where lesson_id = ${lessonId})`,
      })
      .onConflictDoNothing();
    const existing = row.draft ?? [];
    await tx
      .update(lessons)
      .set({
        draftQuestions: [...existing, ...newQuestions(existing)],
        draftUpdatedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(lessons.id, lessonId));
  });
}

/**
 * Publishes checked questions (ids already namespaced by the lesson): new versions where what
 * students answer against changed, questions taken out retired (answers keep pointing at them).
 */
export async function publishLesson(
  lessonId: string,
  checked: Question[],
  { firstTime, articles }: { firstTime: boolean; articles: readonly string[] },
): Promise<void> {
  await db.transaction(async (tx: Tx) => {
    for (const q of checked) await upsertQuestion(tx, q);
    const ids = checked.map((q) => q.id);
    await tx
      .update(questions)
      .set({ retiredAt: sql`now()` })
      .where(
        and(
          eq(questions.lessonId, lessonId),
          sql`${questions.retiredAt} is null`,
          ids.length ? notInArray(questions.id, ids) : undefined,
        ),
      );
    const now = new Date();
    await tx
      .update(lessons)
      .set({
        status: "published",
        questionOrder: ids,
        publishedAt: now,
        draftUpdatedAt: now,
        updatedAt: now,
        // The estimate made at import counted the suggestions on one article; on first publishing,
        // count the questions kept and every article grouped in since.
        ...(firstTime ? { estimatedMinutes: estimateLessonMinutes(articles, checked.length) } : {}),
      })
      .where(eq(lessons.id, lessonId));
  });
}

export type LessonDeletion = { ok: true; articlesDeleted: number } | { ok: false; reason: "answered" | "assigned" };

/**
 * Deletes a teacher's lesson with its questions, and those of its articles that no other lesson
 * uses. Refused while students have answered it (their work stays theirs) or a class has it
 * assigned. One transaction; the lesson's row is locked first, so an answer arriving meanwhile
 * either is seen here or fails afterwards (its lesson gone), and none is deleted unseen.
 */
export async function deleteTeacherLesson(lessonId: string): Promise<LessonDeletion> {
  return db.transaction(async (tx: Tx) => {
    await tx.execute(sql`select 1 from lessons where id = ${lessonId} and owner_id is not null for update`);
    const [use] = await selectRows<{ answered: boolean; assigned: boolean }>(
      sql`select exists (select 1 from attempts where lesson_id = ${lessonId}) as answered,
                 exists (select 1 from assignments where lesson_id = ${lessonId}) as assigned`,
      tx,
    );
    if (use?.answered) return { ok: false, reason: "answered" };
    if (use?.assigned) return { ok: false, reason: "assigned" };
    const articleIds = (
      await tx.select({ id: lessonSources.sourceId }).from(lessonSources).where(eq(lessonSources.lessonId, lessonId))
    ).map((r) => r.id);
    await tx.delete(lessons).where(and(eq(lessons.id, lessonId), sql`${lessons.ownerId} is not null`));
    if (articleIds.length === 0) return { ok: true, articlesDeleted: 0 };
    const deleted = await tx
      .delete(sources)
      .where(
        and(
          inArray(sources.id, articleIds),
          sql`${sources.ownerId} is not null`,
          sql`not exists (select 1 from lesson_sources ls where ls.source_id = ${sources.id})`,
          sql`not exists (select 1 from question_versions qv where qv.source_id = ${sources.id})`,
        ),
      )
      .returning({ id: sources.id });
    return { ok: true, articlesDeleted: deleted.length };
  });
}
