import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { answers, attempts, questions, users } from "@/db/schema";
import { loadContent } from "@/lib/content/load-content";

const lesson = loadContent().lessons[0]!;
const question = lesson.questions[0]!;

/** Completed, so that several can exist side by side (only one attempt per lesson may be open). */
async function createAttempt(userId: string, number: number): Promise<string> {
  const [attempt] = await db
    .insert(attempts)
    .values({ userId, lessonId: lesson.id, number, questionCount: lesson.questions.length, completedAt: new Date() })
    .returning({ id: attempts.id });
  return attempt!.id;
}

function answerRow(attemptId: string, questionVersionId: number, chosen: string) {
  return { attemptId, questionId: question.id, questionVersionId, chosen: [chosen], score: 1, correct: true };
}

/** Drizzle wraps driver errors; the SQLSTATE is on the cause. */
function sqlState(err: unknown): string | undefined {
  const withCode = (e: unknown) =>
    e && typeof e === "object" && "code" in e && typeof e.code === "string" ? e.code : undefined;
  return withCode(err) ?? (err instanceof Error ? withCode(err.cause) : undefined);
}

describe("answers", () => {
  let userId: string;
  let versionId: number;

  beforeAll(async () => {
    const [user] = await db
      .insert(users)
      .values({ name: "Answer Tester", email: `answers-${randomUUID()}@byline.test`, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id });
    userId = user!.id;
    const [q] = await db
      .select({ versionId: questions.currentVersionId })
      .from(questions)
      .where(eq(questions.id, question.id));
    versionId = q!.versionId!;
  });

  afterAll(async () => {
    if (userId) await db.delete(users).where(eq(users.id, userId));
  });

  const countFor = async (attemptId: string) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(answers)
      .where(and(eq(answers.attemptId, attemptId), eq(answers.questionId, question.id)));
    return row!.n;
  };

  it("keeps the first answer when the same question is answered twice in one attempt", async () => {
    const attemptId = await createAttempt(userId, 1);
    const first = await db
      .insert(answers)
      .values(answerRow(attemptId, versionId, "first"))
      .onConflictDoNothing()
      .returning({ id: answers.id });
    const second = await db
      .insert(answers)
      .values(answerRow(attemptId, versionId, "second"))
      .onConflictDoNothing()
      .returning({ id: answers.id });

    expect(first).toHaveLength(1);
    expect(second).toHaveLength(0);
    expect(await countFor(attemptId)).toBe(1);
    const [kept] = await db.select({ chosen: answers.chosen }).from(answers).where(eq(answers.attemptId, attemptId));
    expect(kept?.chosen).toEqual(["first"]);
  });

  it("rejects a duplicate written without onConflict, so the uniqueness is the database's", async () => {
    const attemptId = await createAttempt(userId, 2);
    await db.insert(answers).values(answerRow(attemptId, versionId, "first"));
    const duplicate = await db
      .insert(answers)
      .values(answerRow(attemptId, versionId, "again"))
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(sqlState(duplicate)).toBe("23505");
    expect(await countFor(attemptId)).toBe(1);
  });

  it("lets each attempt answer the same question once", async () => {
    const attemptIds = [await createAttempt(userId, 3), await createAttempt(userId, 4)];
    for (const attemptId of attemptIds) {
      const inserted = await db
        .insert(answers)
        .values(answerRow(attemptId, versionId, "x"))
        .onConflictDoNothing()
        .returning({ id: answers.id });
      expect(inserted).toHaveLength(1);
      expect(await countFor(attemptId)).toBe(1);
    }
  });
});
