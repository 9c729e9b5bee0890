import { randomUUID } from "node:crypto";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { startRetry } from "@/db/mutations/attempts";
import { getStudentDataExport } from "@/db/queries/privacy";
import { answers, users } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { recordAnswerNow } from "@/tests/support/record-answer";

// The canary judgement lesson: a two-tier evidence check (key "yes-trump", evidence one clause of
// the Kyiv Independent) and a who-is-behind item.
const LESSON = "canary-judgement";
const TWO_TIER = "canary-two-tier";
const SOURCE = "kyiv-independent-2025-11-24-secretive-negotiations";
const EVIDENCE = "Trump, who was informed at the last minute, approved the draft plan, Bloomberg reported.";

describe("two-tier items: the answer, then the marks, graded and kept on the server", () => {
  let userId: string;
  let key: { source: string; start: number; end: number };
  let bodyLength: number;

  beforeAll(async () => {
    const content = loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]);
    await syncContent(db, content);
    const body = content.sources.find((s) => s.id === SOURCE)!.body;
    bodyLength = body.length;
    key = { source: SOURCE, start: body.indexOf(EVIDENCE), end: body.indexOf(EVIDENCE) + EVIDENCE.length };
    const [user] = await db
      .insert(users)
      .values({ name: "Marker", email: `marker-${randomUUID()}@byline.test`, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id });
    userId = user!.id;
  });

  afterAll(async () => {
    if (userId) await db.delete(users).where(eq(users.id, userId));
    await syncContent(db, loadContent(CONTENT_DIR));
  });

  /**
   * Answers the two-tier item in an attempt of its own (the other item too, so the attempt is
   * finished and the next call starts a new one); returns the recorded result and the stored row.
   */
  async function answerWith(chosen: string, marks: { source: string; start: number; end: number }[]) {
    const result = await recordAnswerNow({ userId, lessonId: LESSON, questionId: TWO_TIER, chosen: [chosen], marks });
    if ("refusal" in result) throw new Error(`refused: ${result.refusal}`);
    expect(result.fresh).toBe(true);
    await recordAnswerNow({ userId, lessonId: LESSON, questionId: "canary-who-is-behind", chosen: ["unsaid"] });
    await startRetry(userId, LESSON, null);
    const [row] = await db
      .select({ score: answers.score, correct: answers.correct, marks: answers.marks, credit: answers.markCredit })
      .from(answers)
      .where(and(eq(answers.attemptId, result.attemptId), eq(answers.questionId, TWO_TIER)));
    return { result, row: row! };
  }

  it("gives full marks for the right answer with the evidence marked exactly, and the student's data has the words", async () => {
    const { row, result } = await answerWith("yes-trump", [key]);
    expect(row).toEqual({ score: 1, correct: true, marks: [key], credit: 1 });
    const data = await getStudentDataExport(userId, { kind: "everything" });
    const answer = data!.attempts
      .find((a) => a.id === result.attemptId)!
      .answers.find((a) => a.questionId === TWO_TIER)!;
    expect(answer).toMatchObject({ marks: [{ ...key, text: EVIDENCE }], evidenceCredit: 1 });
  });

  it("gives partial credit for part of the evidence", async () => {
    const half = { ...key, end: key.start + Math.floor((key.end - key.start) / 2) };
    const { row } = await answerWith("yes-trump", [half]);
    expect(row.correct).toBe(true);
    expect(row.credit).toBeGreaterThan(0.5);
    expect(row.credit).toBeLessThan(1);
    expect(row.score).toBeCloseTo(0.5 + row.credit! / 2, 5);
  });

  it("gives nothing for marks outside the evidence, and nothing for no marks", async () => {
    const outside = await answerWith("yes-trump", [{ source: SOURCE, start: 0, end: 40 }]);
    expect(outside.row).toMatchObject({ score: 0.5, correct: true, credit: 0 });
    const empty = await answerWith("yes-trump", []);
    expect(empty.row).toMatchObject({ score: 0.5, correct: true, marks: [], credit: 0 });
  });

  it("counts the evidence under a wrong answer for half, and keeps the item incorrect", async () => {
    const { row } = await answerWith("no-source", [key]);
    expect(row).toMatchObject({ score: 0.5, correct: false, credit: 1 });
  });

  it("refuses marks outside the lesson's articles, storing nothing", async () => {
    for (const marks of [
      [{ source: SOURCE, start: 10, end: bodyLength + 1 }],
      [{ source: "some-other-article", start: 0, end: 10 }],
    ]) {
      expect(
        await recordAnswerNow({ userId, lessonId: LESSON, questionId: TWO_TIER, chosen: ["yes-trump"], marks }),
      ).toEqual({ refusal: "unreadable-marks" });
    }
  });

  it("keeps the first answer's marks when the submission is replayed with others", async () => {
    const first = await recordAnswerNow({
      userId,
      lessonId: LESSON,
      questionId: TWO_TIER,
      chosen: ["yes-trump"],
      marks: [key],
    });
    if ("refusal" in first) throw new Error(`refused: ${first.refusal}`);
    const replay = await recordAnswerNow({
      userId,
      lessonId: LESSON,
      questionId: TWO_TIER,
      chosen: ["no-source"],
      marks: [],
    });
    expect(replay).toMatchObject({ fresh: false, chosen: ["yes-trump"], marks: [key], markCredit: 1, score: 1 });
    const rows = await db
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.attemptId, first.attemptId), eq(answers.questionId, TWO_TIER)));
    expect(rows).toHaveLength(1);
  });
});

describe("highlight items: sentences marked in the article are the answer", () => {
  // The canary lesson's second question: mark the sentences ending "Bloomberg reported." (key driscoll, vance).
  const HIGHLIGHT_LESSON = "canary-lesson";
  let userId: string;
  let body: string;
  const spanOf = (text: string) => ({
    source: SOURCE,
    start: body.indexOf(text),
    end: body.indexOf(text) + text.length,
  });

  beforeAll(async () => {
    const content = loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]);
    await syncContent(db, content);
    body = content.sources.find((s) => s.id === SOURCE)!.body;
    const [user] = await db
      .insert(users)
      .values({ name: "Highlighter", email: `hl-${randomUUID()}@byline.test`, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id });
    userId = user!.id;
  });

  afterAll(async () => {
    if (userId) await db.delete(users).where(eq(users.id, userId));
    await syncContent(db, loadContent(CONTENT_DIR));
  });

  it("reads the marks as sentences, grades them, keeps the marks; any other sentence is a wrong pick", async () => {
    const driscoll = spanOf("U.S. Army Secretary Dan Driscoll");
    const sentenceEnd = body.indexOf("Bloomberg reported.", driscoll.start) + "Bloomberg reported.".length;
    const marks = [
      { ...driscoll, end: sentenceEnd - 5 }, // a drag that stops a word short still marks it
      spanOf("Trump later called off the meeting."), // a sentence nobody listed: wrong
    ];
    const result = await recordAnswerNow({
      userId,
      lessonId: HIGHLIGHT_LESSON,
      questionId: "canary-question-two",
      chosen: [],
      marks,
    });
    if ("refusal" in result) throw new Error(result.refusal);
    expect(result.chosen).toEqual(["driscoll", `sentence-${body.indexOf("Trump later called off the meeting.")}`]);
    // (1 right − 1 wrong) / 2 in the key.
    expect(result).toMatchObject({ score: 0, correct: false });
    expect(result.marks).toEqual(marks.sort((a, b) => a.start - b.start));
    const nothing = await recordAnswerNow({
      userId,
      lessonId: HIGHLIGHT_LESSON,
      questionId: "canary-question-one",
      chosen: [],
      marks: [spanOf("Trump later called off the meeting.")],
    });
    expect(nothing).toEqual({ refusal: "choose-one" });
  });
});
