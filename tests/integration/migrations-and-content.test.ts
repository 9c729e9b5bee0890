import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, isNull } from "drizzle-orm";
import { bigint, pgSchema, serial, text } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { lessons, lessonSources, questions, questionVersions, sources } from "@/db/schema";
import { loadContent } from "@/lib/content/load-content";

const content = loadContent();

/** drizzle-orm's migrator records each applied migration here, stamped with its journal time. */
const drizzleMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  id: serial("id").primaryKey(),
  hash: text("hash").notNull(),
  createdAt: bigint("created_at", { mode: "number" }),
});

describe("a prepared database", () => {
  it("has every migration applied", async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: { when: number }[];
    };
    const applied = await db
      .select({ createdAt: drizzleMigrations.createdAt })
      .from(drizzleMigrations)
      .orderBy(asc(drizzleMigrations.createdAt));
    expect(applied.map((r) => r.createdAt)).toEqual(journal.entries.map((e) => e.when));
  });

  it("holds the content's sources, verbatim", async () => {
    const rows = await db.select().from(sources).where(isNull(sources.ownerId)).orderBy(asc(sources.id));
    const expected = [...content.sources].sort((a, b) => a.id.localeCompare(b.id));
    expect(rows.map((r) => r.id)).toEqual(expected.map((s) => s.id));
    for (const [i, s] of expected.entries()) {
      expect(rows[i]).toMatchObject({
        title: s.title,
        outlet: s.outlet,
        author: s.author,
        publishedOn: s.published,
        genre: s.genre,
        body: s.body,
      });
    }
  });

  it("holds the content's lessons with their sources and question order", async () => {
    for (const lesson of content.lessons) {
      const [row] = await db.select().from(lessons).where(eq(lessons.id, lesson.id));
      expect(row).toMatchObject({
        title: lesson.title,
        status: "published",
        isDemo: lesson.demo,
        questionOrder: lesson.questions.map((q) => q.id),
      });
      const linked = await db
        .select()
        .from(lessonSources)
        .where(eq(lessonSources.lessonId, lesson.id))
        .orderBy(asc(lessonSources.position));
      expect(linked.map((l) => l.sourceId)).toEqual(lesson.sources);
    }
  });

  it("holds each question's current version as the content states it", async () => {
    const all = content.lessons.flatMap((l) => l.questions);
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) {
      const [row] = await db
        .select({ lessonId: questions.lessonId, retiredAt: questions.retiredAt, version: questionVersions })
        .from(questions)
        .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
        .where(eq(questions.id, q.id));
      expect(row, `question ${q.id} is missing`).toBeDefined();
      expect(row!.lessonId).toBe(q.lessonId);
      expect(row!.retiredAt).toBeNull();
      expect(row!.version).toMatchObject({
        contentHash: q.versionHash,
        kind: q.kind,
        skill: q.skill,
        prompt: q.prompt,
        sourceId: q.source ?? null,
        answer: q.answer,
        explanation: q.explanation,
        options: q.options,
        evidence: q.evidence,
      });
    }
  });
});
