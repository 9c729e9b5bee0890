import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { startRetry } from "@/db/mutations/attempts";
import { scoreResponse } from "@/db/mutations/reviews";
import { listClassAssignments } from "@/db/queries/assignments";
import { getStudentDataExport } from "@/db/queries/privacy";
import { listSkillScores } from "@/db/queries/progress";
import { getQuizState } from "@/db/queries/quiz-state";
import { listAnswersForExport, listExportAttemptIds, listStudentScores } from "@/db/queries/reports/exports";
import { listAssignmentOverview } from "@/db/queries/reports/class-overview";
import { listItemStatistics } from "@/db/queries/reports/item-analysis";
import { countReviews, getResponseForReview } from "@/db/queries/reviews";
import type { SessionUser } from "@/db/queries/users";
import { answerReviews, answers, assignments, attempts } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { createAccount, createClassWithStudents, deleteAccounts, formData } from "@/tests/support/classroom";
import { Redirected, signInAs } from "@/tests/support/mock-session";
import { recordAnswerNow } from "@/tests/support/record-answer";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

// The canary written lesson: a written question (two-tier: its evidence is "Bloomberg reported on
// Nov. 23.") and a multiple-choice one keyed "unsaid".
const LESSON = "canary-written";
const WRITTEN = "canary-written-source";
const MC = "canary-written-mc";
const RESPONSE = "It relays Bloomberg; Bloomberg's own sources are not named.";

let teacher: SessionUser, otherTeacher: SessionUser, student: SessionUser;
let classId: string;
let assignmentId: string;

beforeAll(async () => {
  await syncContent(db, loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]));
  [teacher, otherTeacher, student] = await Promise.all([
    createAccount("teacher", "Ms. Reviewer"),
    createAccount("teacher", "Mr. Elsewhere"),
    createAccount("student", "Writer"),
  ]);
  classId = await createClassWithStudents(teacher.id, { name: "Writing class" }, [student]);
  const [row] = await db
    .insert(assignments)
    .values({ classId, lessonId: LESSON, dueAt: new Date(Date.now() + 86_400_000), createdById: teacher.id })
    .returning({ id: assignments.id });
  assignmentId = row!.id;
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher.id, otherTeacher.id, student.id]);
  await syncContent(db, loadContent(CONTENT_DIR));
});

const answerOf = async (attemptId: string, questionId: string) =>
  (await db.select().from(answers).where(eq(answers.attemptId, attemptId))).find((a) => a.questionId === questionId)!;

describe("written answers: sent to the teacher, scored with the rubric, counted once scored", () => {
  let attemptId: string;
  let answerId: number;

  it("refuses an empty answer, and a response sent to a multiple-choice question; nothing is stored", async () => {
    const empty = await recordAnswerNow({
      userId: student.id,
      lessonId: LESSON,
      questionId: WRITTEN,
      chosen: [],
      assignmentId,
    });
    expect(empty).toEqual({ refusal: "write-an-answer" });
    const onMc = await recordAnswerNow({
      userId: student.id,
      lessonId: LESSON,
      questionId: MC,
      chosen: ["unsaid"],
      response: "Words.",
      assignmentId,
    });
    expect(onMc).toEqual({ refusal: "not-written" });
    expect((await getQuizState(student.id, LESSON, assignmentId)).attempt).toBeNull();
  });

  it("keeps the response and the marks unscored, and scores the attempt over what is scored", async () => {
    const body = loadContent([CONTENT_DIR]).sources.find(
      (s) => s.id === "kyiv-independent-2025-11-24-secretive-negotiations",
    )!.body;
    const at = body.indexOf("Bloomberg reported on Nov. 23.");
    const marks = [{ source: "kyiv-independent-2025-11-24-secretive-negotiations", start: at, end: at + 30 }];
    const written = await recordAnswerNow({
      userId: student.id,
      lessonId: LESSON,
      questionId: WRITTEN,
      chosen: [],
      response: RESPONSE,
      marks,
      assignmentId,
    });
    if ("refusal" in written) throw new Error(written.refusal);
    expect(written).toMatchObject({ score: null, correct: null, response: RESPONSE, fresh: true });
    const replay = await recordAnswerNow({
      userId: student.id,
      lessonId: LESSON,
      questionId: WRITTEN,
      chosen: [],
      response: "A second try that must not replace the first.",
      assignmentId,
    });
    expect(replay).toMatchObject({ fresh: false, response: RESPONSE });
    const mc = await recordAnswerNow({
      userId: student.id,
      lessonId: LESSON,
      questionId: MC,
      chosen: ["unsaid"],
      assignmentId,
    });
    if ("refusal" in mc) throw new Error(mc.refusal);
    attemptId = mc.attemptId;
    // Finished: 1 of 1 scored question right; the written answer counts in neither sum nor count.
    expect(mc.attemptScore).toBe(1);
    const row = await answerOf(attemptId, WRITTEN);
    answerId = row.id;
    expect(row).toMatchObject({ score: null, correct: null, response: RESPONSE, markCredit: 1 });
    expect(await countReviews(assignmentId)).toEqual({ awaiting: 1, scored: 0 });
    const listed = await listClassAssignments(teacher, classId);
    expect(listed.find((a) => a.id === assignmentId)?.awaitingReview).toBe(1);
    const [overview] = await listAssignmentOverview(teacher, classId);
    expect(overview).toMatchObject({ completed: 1, averageScore: 1, awaitingReview: 1 });
  });

  it("shows the queue's response only to the class's teacher", async () => {
    const mine = await getResponseForReview(teacher, assignmentId, {});
    expect(mine).toMatchObject({ answerId, studentName: "Writer", response: RESPONSE, review: null });
    expect(mine!.modelAnswer).toBe("CANARY-MODEL-ANSWER-5e6f");
    expect(mine!.sources.map((s) => s.id)).toEqual(["kyiv-independent-2025-11-24-secretive-negotiations"]);
    expect(await getResponseForReview(otherTeacher, assignmentId, {})).toBeNull();
    expect(await getResponseForReview(otherTeacher, assignmentId, { answerId })).toBeNull();
  });

  it("lets no other teacher score it, through the action or the mutation; nothing changes", async () => {
    signInAs(otherTeacher);
    const { scoreResponseAction } =
      await import("@/app/teach/classes/[classId]/assignments/[assignmentId]/review/actions");
    const refused = await scoreResponseAction(
      {},
      formData({ assignmentId, answerId: String(answerId), level: "mastery", comment: "Taken over" }),
    );
    expect(refused).toEqual({ message: "That assignment is not in one of your classes." });
    expect(await scoreResponse(otherTeacher, { assignmentId, answerId, level: "mastery", comment: null })).toBe(false);
    signInAs(student);
    const asStudent = await scoreResponseAction(
      {},
      formData({ assignmentId, answerId: String(answerId), level: "mastery" }),
    );
    expect(asStudent).toEqual({ message: "Your account is not allowed to do this." });
    expect((await answerOf(attemptId, WRITTEN)).score).toBeNull();
    expect(await db.select().from(answerReviews).where(eq(answerReviews.answerId, answerId))).toEqual([]);
  });

  it("refuses a level that is not on the rubric, and an answer of another assignment", async () => {
    signInAs(teacher);
    const { scoreResponseAction } =
      await import("@/app/teach/classes/[classId]/assignments/[assignmentId]/review/actions");
    const badLevel = await scoreResponseAction(
      {},
      formData({ assignmentId, answerId: String(answerId), level: "excellent" }),
    );
    expect(badLevel).toMatchObject({ errors: { level: ["Choose a level: Beginning, Emerging or Mastery."] } });
    const [mcRow] = [await answerOf(attemptId, MC)];
    const notWritten = await scoreResponseAction(
      {},
      formData({ assignmentId, answerId: String(mcRow.id), level: "mastery" }),
    );
    expect(notWritten).toEqual({ message: "That answer is not one of this assignment's written answers." });
    expect((await answerOf(attemptId, MC)).score).toBe(1);
  });

  it("scores it with the rubric in one go: the review, the answer and the attempt; a second review replaces the first", async () => {
    signInAs(teacher);
    const { scoreResponseAction } =
      await import("@/app/teach/classes/[classId]/assignments/[assignmentId]/review/actions");
    const saved = await scoreResponseAction(
      {},
      formData({ assignmentId, answerId: String(answerId), level: "emerging", comment: "  Who told Bloomberg?  " }),
    ).catch((e: unknown) => e);
    expect(saved).toBeInstanceOf(Redirected);
    expect((saved as Redirected).url).toBe(
      `/teach/classes/${classId}/assignments/${assignmentId}/review?saved=${answerId}`,
    );
    expect(await answerOf(attemptId, WRITTEN)).toMatchObject({ score: 0.5, correct: false });
    const [attempt] = await db.select().from(attempts).where(eq(attempts.id, attemptId));
    expect(attempt!.score).toBeCloseTo(0.75, 5);
    const [review] = await db.select().from(answerReviews).where(eq(answerReviews.answerId, answerId));
    expect(review).toMatchObject({ level: "emerging", comment: "Who told Bloomberg?", reviewerId: teacher.id });
    expect(await countReviews(assignmentId)).toEqual({ awaiting: 0, scored: 1 });
    const [overview] = await listAssignmentOverview(teacher, classId);
    expect(overview).toMatchObject({ averageScore: 0.75, awaitingReview: 0 });

    expect(await scoreResponse(teacher, { assignmentId, answerId, level: "mastery", comment: null })).toBe(true);
    expect(await answerOf(attemptId, WRITTEN)).toMatchObject({ score: 1, correct: true });
    expect(await db.select().from(answerReviews).where(eq(answerReviews.answerId, answerId))).toHaveLength(1);
    const [rescored] = await db.select().from(attempts).where(eq(attempts.id, attemptId));
    expect(rescored!.score).toBe(1);
  });

  it("flows into the student's view, mastery, the reports and both exports", async () => {
    await scoreResponse(teacher, { assignmentId, answerId, level: "emerging", comment: "Who told Bloomberg?" });
    const state = await getQuizState(student.id, LESSON, assignmentId);
    expect(state.answered.find((a) => a.questionId === WRITTEN)).toMatchObject({
      score: 0.5,
      review: { level: "emerging", comment: "Who told Bloomberg?" },
    });
    // Sourcing mastery: the multiple-choice answer (1) and the written one (0.5).
    expect((await listSkillScores(student.id)).find((s) => s.skill === "sourcing")).toEqual({
      skill: "sourcing",
      answers: 2,
      mastery: 0.75,
    });
    const items = await listItemStatistics(teacher, classId, assignmentId);
    expect(items.find((i) => i.questionId === WRITTEN)).toMatchObject({
      facility: 0.5,
      awaitingReview: 0,
      levels: { emerging: 1 },
    });
    const exported = await listAnswersForExport(teacher, classId, await listExportAttemptIds(teacher, classId));
    expect(exported.find((r) => r.question_id === WRITTEN)).toMatchObject({
      response: RESPONSE,
      awaiting_review: false,
      review_level: "emerging",
      review_comment: "Who told Bloomberg?",
      score: 0.5,
    });
    const [scores] = await listStudentScores(teacher, classId, null, 10);
    expect(scores!.work[assignmentId]).toMatchObject({ best: 0.75, finished: true, awaiting: 0 });
    const data = await getStudentDataExport(student.id, { kind: "everything" });
    const mine = data!.attempts.find((a) => a.id === attemptId)!.answers.find((a) => a.questionId === WRITTEN)!;
    expect(mine).toMatchObject({ response: RESPONSE, review: { level: "emerging", comment: "Who told Bloomberg?" } });
  });

  it("leaves a practice answer unscored and out of every queue", async () => {
    const practice = await recordAnswerNow({
      userId: student.id,
      lessonId: LESSON,
      questionId: WRITTEN,
      chosen: [],
      response: RESPONSE,
    });
    if ("refusal" in practice) throw new Error(practice.refusal);
    expect(practice.score).toBeNull();
    expect(await countReviews(assignmentId)).toEqual({ awaiting: 0, scored: 1 });
    await startRetry(student.id, LESSON, null);
  });
});
