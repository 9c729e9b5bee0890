import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { parseDocument } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { questions, questionVersions } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { parseLessonFile } from "@/lib/content/parse-lesson";
import type { Content, Lesson } from "@/lib/content/types";

function firstLesson(content: Content): Lesson {
  const lesson = content.lessons[0];
  if (!lesson || lesson.questions.length < 2) throw new Error("these tests need a lesson with two questions");
  return lesson;
}

/** The content as it would load after an author edited the first question's prompt in its file. */
function withEditedPrompt(content: Content, prompt: string): Content {
  const lesson = firstLesson(content);
  const doc = parseDocument(readFileSync(path.join(CONTENT_DIR, lesson.file), "utf8"));
  doc.setIn(["questions", 0, "prompt"], prompt);
  const edited = parseLessonFile(lesson.file, doc.toString(), new Map(content.sources.map((s) => [s.id, s])));
  if (Array.isArray(edited)) throw new Error(`edited lesson is invalid: ${JSON.stringify(edited)}`);
  return { ...content, lessons: content.lessons.map((l) => (l.id === lesson.id ? edited : l)) };
}

function versionsOf(questionId: string) {
  return db
    .select()
    .from(questionVersions)
    .where(eq(questionVersions.questionId, questionId))
    .orderBy(asc(questionVersions.version));
}

async function currentVersionOf(questionId: string) {
  const [row] = await db
    .select({ version: questionVersions })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
    .where(eq(questions.id, questionId));
  return row?.version;
}

async function countVersions(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(questionVersions);
  return row!.n;
}

describe("syncing content", () => {
  // Every test leaves the database holding the real content again.
  afterEach(async () => {
    await syncContent(db, loadContent());
  });

  it("is idempotent: a second sync creates no versions and retires nothing", async () => {
    const before = await countVersions();
    const report = await syncContent(db, loadContent());
    expect(report).toMatchObject({ newVersions: 0, retiredQuestions: 0 });
    expect(await countVersions()).toBe(before);
  });

  it("creates a new version when a prompt changes and keeps the old one", async () => {
    const content = loadContent();
    const question = firstLesson(content).questions[0]!;
    const before = await versionsOf(question.id);
    expect(before.length).toBeGreaterThan(0);

    // Unique per run, so the test also holds on a database an earlier run already edited.
    const prompt = `${question.prompt} (revised ${randomUUID()})`;
    const report = await syncContent(db, withEditedPrompt(content, prompt));

    expect(report.newVersions).toBe(1);
    const after = await versionsOf(question.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    const created = after.at(-1)!;
    expect(created).toMatchObject({ version: before.at(-1)!.version + 1, prompt });
    expect((await currentVersionOf(question.id))?.id).toBe(created.id);
  });

  it("corrects feedback in place, without a new version", async () => {
    const content = structuredClone(loadContent());
    const question = firstLesson(content).questions[0]!;
    const feedback = `Corrected feedback ${randomUUID()}`;
    question.options[1]!.feedback = feedback;
    const versionsBefore = await versionsOf(question.id);

    const report = await syncContent(db, content);

    expect(report.newVersions).toBe(0);
    expect(await versionsOf(question.id)).toHaveLength(versionsBefore.length);
    const current = await currentVersionOf(question.id);
    expect(current?.contentHash).toBe(question.versionHash);
    expect(current?.options[1]?.feedback).toBe(feedback);
  });

  it("retires a question taken out of the content, and brings it back when it returns", async () => {
    const content = loadContent();
    const lesson = firstLesson(content);
    const removed = lesson.questions.at(-1)!;
    const without = {
      ...content,
      lessons: content.lessons.map((l) => (l === lesson ? { ...l, questions: l.questions.slice(0, -1) } : l)),
    };

    const report = await syncContent(db, without);

    expect(report.retiredQuestions).toBe(1);
    const retiredAt = async (id: string) =>
      (await db.select({ at: questions.retiredAt }).from(questions).where(eq(questions.id, id)))[0]?.at;
    expect(await retiredAt(removed.id)).toBeInstanceOf(Date);
    expect(await retiredAt(lesson.questions[0]!.id)).toBeNull();
    expect(await versionsOf(removed.id)).not.toHaveLength(0);

    await syncContent(db, content);
    expect(await retiredAt(removed.id)).toBeNull();
  });
});
