import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Content, Lesson, Question, Source } from "@/lib/content/types";
import type { Db, Tx } from "./index";
import { lessons, lessonSources, questions, questionVersions, sources } from "./schema";

// Arbitrary but fixed, and not db/migrate.ts's key: app instances starting together on one server
// each sync the content; holding this for the sync's transaction makes the later ones wait and
// find it there, instead of racing to create the same question versions. Embedded mode takes it
// too: unlike the migrator, the sync runs on its own transaction's one connection, so the owner's
// single session grants it at once.
const CONTENT_SYNC_LOCK = 7_240_612;

export type SyncReport = { sources: number; lessons: number; newVersions: number; retiredQuestions: number };

/**
 * Loads the built-in content into the database so progress can reference it. Runs on every
 * start and is idempotent. A question whose graded parts (prompt, options, key) changed gets a
 * new version; answers keep pointing at the version they were given against.
 */
export async function syncContent(db: Db, content: Content): Promise<SyncReport> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CONTENT_SYNC_LOCK})`);
    for (const source of content.sources) await upsertSource(tx, source);
    let newVersions = 0;
    for (const lesson of content.lessons) {
      await upsertLesson(tx, lesson);
      for (const question of lesson.questions) newVersions += await upsertQuestion(tx, question);
    }
    const retiredQuestions = await retireRemoved(tx, content.lessons);
    return { sources: content.sources.length, lessons: content.lessons.length, newVersions, retiredQuestions };
  });
}

async function upsertSource(tx: Tx, s: Source): Promise<void> {
  const values = {
    title: s.title,
    outlet: s.outlet,
    publication: s.publication ?? null,
    outletUrl: s.outletUrl ?? null,
    url: s.url ?? null,
    author: s.author,
    authorRole: s.authorRole ?? null,
    publishedOn: s.published,
    genre: s.genre,
    section: s.section ?? null,
    photoCaption: s.photo?.caption ?? null,
    photoCredit: s.photo?.credit ?? null,
    captureNote: s.captureNote,
    body: s.body,
  };
  await tx
    .insert(sources)
    .values({ id: s.id, ...values })
    .onConflictDoUpdate({
      target: sources.id,
      set: { ...values, updatedAt: sql`now()` },
      where: isNull(sources.ownerId),
    });
}

async function upsertLesson(tx: Tx, l: Lesson): Promise<void> {
  const values = {
    title: l.title,
    summary: l.summary,
    isDemo: l.demo,
    estimatedMinutes: l.estimatedMinutes,
    status: "published" as const,
    questionOrder: l.questions.map((q) => q.id),
  };
  await tx
    .insert(lessons)
    .values({ id: l.id, ...values })
    .onConflictDoUpdate({
      target: lessons.id,
      set: { ...values, updatedAt: sql`now()` },
      where: isNull(lessons.ownerId),
    });
  await tx.delete(lessonSources).where(eq(lessonSources.lessonId, l.id));
  await tx
    .insert(lessonSources)
    .values(l.sources.map((sourceId, i) => ({ lessonId: l.id, sourceId, position: i + 1 })));
}

/** Shared with teachers' lessons, which publish through the same versioning. Returns 1 when it created a version. */
export async function upsertQuestion(tx: Tx, q: Question): Promise<number> {
  await tx
    .insert(questions)
    .values({ id: q.id, lessonId: q.lessonId })
    .onConflictDoUpdate({ target: questions.id, set: { lessonId: q.lessonId, retiredAt: null } });

  // Skill, level, feedback, explanation, evidence, a model answer and a rubric may be corrected in
  // place: they do not change what was asked.
  const editable = {
    skill: q.skill,
    level: q.level,
    explanation: q.explanation,
    modelAnswer: q.modelAnswer,
    rubric: q.rubric,
    options: q.options,
    evidence: q.evidence,
    optionSpans: q.optionSpans ?? null,
  };
  const [existing] = await tx
    .update(questionVersions)
    .set(editable)
    .where(and(eq(questionVersions.questionId, q.id), eq(questionVersions.contentHash, q.versionHash)))
    .returning({ id: questionVersions.id });
  let versionId = existing?.id;
  if (versionId === undefined) {
    const [created] = await tx
      .insert(questionVersions)
      .values({
        questionId: q.id,
        version: sql`(select coalesce(max(version), 0) + 1 from question_versions where question_id = ${q.id})`,
        contentHash: q.versionHash,
        kind: q.kind,
        prompt: q.prompt,
        sourceId: q.source ?? null,
        answer: q.answer,
        markEvidence: q.markEvidence,
        ...editable,
      })
      .returning({ id: questionVersions.id });
    versionId = created!.id;
  }
  await tx.update(questions).set({ currentVersionId: versionId }).where(eq(questions.id, q.id));
  return existing ? 0 : 1;
}

/** Questions and lessons taken out of the content files are retired, never deleted: answers reference them. */
async function retireRemoved(tx: Tx, current: Lesson[]): Promise<number> {
  const lessonIds = current.map((l) => l.id);
  const questionIds = current.flatMap((l) => l.questions.map((q) => q.id));
  const builtInLessons = tx.select({ id: lessons.id }).from(lessons).where(isNull(lessons.ownerId));
  const retired = await tx
    .update(questions)
    .set({ retiredAt: sql`now()` })
    .where(
      and(
        inArray(questions.lessonId, builtInLessons),
        isNull(questions.retiredAt),
        questionIds.length ? notInArray(questions.id, questionIds) : undefined,
      ),
    )
    .returning({ id: questions.id });
  await tx
    .update(lessons)
    .set({ status: "retired" })
    .where(and(isNull(lessons.ownerId), lessonIds.length ? notInArray(lessons.id, lessonIds) : undefined));
  return retired.length;
}
