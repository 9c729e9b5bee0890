import { randomUUID } from "node:crypto";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { startRetry } from "@/db/mutations/attempts";
import { recordAnswerNow } from "@/tests/support/record-answer";
import { listSkillScores } from "@/db/queries/progress";
import { getQuizState } from "@/db/queries/quiz-state";
import { answers, attempts, users } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";

// The canary fixture lesson: Q1 multiple choice (key "bloomberg"), Q2 highlight (key driscoll + vance).
const LESSON = "canary-lesson";
const MC = "canary-question-one";
const HIGHLIGHT = "canary-question-two";

describe("recording and grading answers", () => {
  let userId: string;

  beforeAll(async () => {
    await syncContent(db, loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]));
    const [user] = await db
      .insert(users)
      .values({ name: "Quiz Tester", email: `quiz-${randomUUID()}@byline.test`, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id });
    userId = user!.id;
  });

  afterAll(async () => {
    if (userId) await db.delete(users).where(eq(users.id, userId));
    await syncContent(db, loadContent(CONTENT_DIR));
  });

  const answerRows = () =>
    db
      .select({ questionId: answers.questionId, chosen: answers.chosen, score: answers.score })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(eq(attempts.userId, userId));

  it("grades a wrong choice on the server and stores it at once", async () => {
    const result = await recordAnswerNow({ userId, lessonId: LESSON, questionId: MC, chosen: ["kyiv-independent"] });
    expect(result).toMatchObject({ score: 0, correct: false, fresh: true, answered: 1, attemptScore: null });
    expect(await answerRows()).toEqual([{ questionId: MC, chosen: ["kyiv-independent"], score: 0 }]);
  });

  it("keeps the first answer when the same submission is replayed with another choice", async () => {
    const replay = await recordAnswerNow({ userId, lessonId: LESSON, questionId: MC, chosen: ["bloomberg"] });
    expect(replay).toMatchObject({ fresh: false, chosen: ["kyiv-independent"], score: 0 });
    const concurrent = await Promise.all(
      [1, 2, 3].map(() => recordAnswerNow({ userId, lessonId: LESSON, questionId: MC, chosen: ["bloomberg"] })),
    );
    expect(concurrent.every((r) => "fresh" in r && !r.fresh)).toBe(true);
    expect(await answerRows()).toHaveLength(1);
  });

  it("refuses options that are not the question's, two choices, and questions from another lesson, with their reasons", async () => {
    expect(await recordAnswerNow({ userId, lessonId: LESSON, questionId: HIGHLIGHT, chosen: ["made-up"] })).toEqual({
      refusal: "unknown-option",
    });
    expect(
      await recordAnswerNow({ userId, lessonId: LESSON, questionId: MC, chosen: ["bloomberg", "kyiv-independent"] }),
    ).toEqual({
      refusal: "choose-one",
    });
    expect(
      await recordAnswerNow({ userId, lessonId: "who-reported-what", questionId: HIGHLIGHT, chosen: ["vance"] }),
    ).toEqual({
      refusal: "question-gone",
    });
    expect(await answerRows()).toHaveLength(1);
  });

  it("gives highlight items partial credit and completes the attempt on the last answer", async () => {
    const result = await recordAnswerNow({
      userId,
      lessonId: LESSON,
      questionId: HIGHLIGHT,
      chosen: ["driscoll", "vance", "thanksgiving"],
    });
    expect(result).toMatchObject({ correct: false, answered: 2 });
    if ("refusal" in result) throw new Error(`refused: ${result.refusal}`);
    expect(result.score).toBeCloseTo(0.5);
    expect(result.attemptScore).toBeCloseTo(0.25);
    const state = await getQuizState(userId, LESSON);
    expect(state.attempt).toMatchObject({ number: 1, completed: true });
    expect(state.attempt?.score).toBeCloseTo(0.25);
  });

  it("does not start a new attempt by itself once the lesson is finished", async () => {
    const replay = await recordAnswerNow({
      userId,
      lessonId: LESSON,
      questionId: HIGHLIGHT,
      chosen: ["driscoll", "vance"],
    });
    expect(replay).toMatchObject({ fresh: false });
    const count = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(attempts)
      .where(eq(attempts.userId, userId));
    expect(count[0]!.n).toBe(1);
  });

  it("starts a retry as attempt 2 and keeps the first attempt's history", async () => {
    const retry = await startRetry(userId, LESSON);
    expect(retry).toMatchObject({ number: 2 });
    expect(await startRetry(userId, LESSON)).toEqual(retry);
    const right = await recordAnswerNow({ userId, lessonId: LESSON, questionId: MC, chosen: ["bloomberg"] });
    expect(right).toMatchObject({ correct: true, fresh: true, answered: 1 });
    const state = await getQuizState(userId, LESSON);
    expect(state).toMatchObject({ completedAttempts: 1, attempt: { number: 2, completed: false } });
    expect(await answerRows()).toHaveLength(3);
    const first = await db
      .select()
      .from(attempts)
      .where(and(eq(attempts.userId, userId), eq(attempts.number, 1)));
    expect(first[0]!.score).toBeCloseTo(0.25);
  });

  it("computes mastery per skill from the most recent answers", async () => {
    const scores = await listSkillScores(userId);
    const bySkill = Object.fromEntries(scores.map((s) => [s.skill, s]));
    expect(bySkill["who-reported"]).toMatchObject({ answers: 2 });
    expect(bySkill["who-reported"]!.mastery).toBeCloseTo(0.5);
    expect(bySkill["sourcing"]).toMatchObject({ answers: 1 });
    expect(bySkill["sourcing"]!.mastery).toBeCloseTo(0.5);
  });
});
