import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { retryLessonAction, submitAnswerAction } from "@/app/lessons/[id]/actions";
import { db } from "@/db";
import { startRetry } from "@/db/mutations/attempts";
import { deleteAssignment } from "@/db/mutations/assignments";
import { enroll } from "@/db/mutations/enrollments";
import { recordAnswerNow } from "@/tests/support/record-answer";
import { getQuizState } from "@/db/queries/quiz-state";
import {
  findPendingAssignmentForLesson,
  gateAssignmentAnswer,
  getStudentAssignment,
  listStudentAssignments,
} from "@/db/queries/student-assignments";
import type { SessionUser } from "@/db/queries/users";
import { assignments, assignmentStudents, attempts, classes } from "@/db/schema";
import { syncContent } from "@/db/sync-content";
import { CONTENT_DIR, loadContent } from "@/lib/content/load-content";
import { ANSWER_REFUSAL_MESSAGES, type GateRefusal } from "@/lib/grading/answer-refusals";
import { createAccount, deleteAccounts, formData, createClassWithStudents } from "../support/classroom";
import { signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

// The canary fixture lesson: Q1 multiple choice (key "bloomberg"), Q2 highlight (key driscoll + vance).
const LESSON = "canary-lesson";
const MC = "canary-question-one";
const HIGHLIGHT = "canary-question-two";
const HOUR = 3_600_000;

let teacher: SessionUser, amara: SessionUser, ben: SessionUser, outsider: SessionUser;
let classId: string;

async function assign(values: Partial<typeof assignments.$inferInsert> = {}) {
  const [row] = await db
    .insert(assignments)
    .values({ classId, lessonId: LESSON, dueAt: new Date(Date.now() + 72 * HOUR), createdById: teacher.id, ...values })
    .returning({ id: assignments.id });
  return row!.id;
}

const answerBoth = async (userId: string, assignmentId: string | null) => {
  await recordAnswerNow({ userId, lessonId: LESSON, questionId: MC, chosen: ["bloomberg"], assignmentId });
  return recordAnswerNow({ userId, lessonId: LESSON, questionId: HIGHLIGHT, chosen: ["driscoll"], assignmentId });
};

const attemptsOf = (userId: string) =>
  db
    .select()
    .from(attempts)
    .where(and(eq(attempts.userId, userId), eq(attempts.lessonId, LESSON)));

beforeAll(async () => {
  await syncContent(db, loadContent([CONTENT_DIR, path.join(process.cwd(), "tests/fixtures/canary-content")]));
  [teacher, amara, ben, outsider] = await Promise.all([
    createAccount("teacher", "Mr. Okafor"),
    createAccount("student", "Amara", "Europe/Berlin"),
    createAccount("student", "Ben"),
    createAccount("student", "Outsider"),
  ]);
  classId = await createClassWithStudents(teacher.id, { name: "Civics", section: "Period 2" }, [amara, ben]);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher, amara, ben, outsider].filter(Boolean).map((u) => u.id));
  await syncContent(db, loadContent(CONTENT_DIR));
});

describe("taking a lesson as an assignment", () => {
  it("keeps the assignment's attempt apart from practice, and completes it on time", async () => {
    const assignmentId = await assign();
    await recordAnswerNow({ userId: amara.id, lessonId: LESSON, questionId: MC, chosen: ["kyiv-independent"] });
    const last = await answerBoth(amara.id, assignmentId);
    expect(last).toMatchObject({ answered: 2, fresh: true });

    const rows = await attemptsOf(amara.id);
    const linked = rows.find((r) => r.assignmentId === assignmentId)!;
    expect(linked).toMatchObject({ number: 1, late: false, score: 0.75 });
    expect(linked.completedAt).not.toBeNull();
    // The practice attempt is untouched: one answer, still open.
    expect(rows.find((r) => r.assignmentId === null)).toMatchObject({ completedAt: null });
    expect(await getQuizState(amara.id, LESSON)).toMatchObject({ answered: [{ questionId: MC, correct: false }] });
    expect(await getQuizState(amara.id, LESSON, assignmentId)).toMatchObject({
      attempt: { completed: true },
      completedAttempts: 1,
    });

    const [listed] = (await listStudentAssignments(amara.id)).filter((a) => a.id === assignmentId);
    expect(listed).toMatchObject({
      bestScore: 0.75,
      doneLate: false,
      className: "Civics (Period 2)",
      questionCount: 2,
    });
    expect(await findPendingAssignmentForLesson(amara.id, LESSON)).toBeNull();
  });

  it("marks work finished after the due date late, and a retry gets its own number", async () => {
    const assignmentId = await assign({ dueAt: new Date(Date.now() - HOUR) });
    await answerBoth(ben.id, assignmentId);
    const [done] = (await attemptsOf(ben.id)).filter((r) => r.assignmentId === assignmentId);
    expect(done).toMatchObject({ late: true, number: 1 });
    expect((await getStudentAssignment(ben.id, assignmentId))?.doneLate).toBe(true);

    expect(await startRetry(ben.id, LESSON, assignmentId)).toMatchObject({ number: 2 });
  });

  it("refuses answers and retries once the teacher closes the assignment, with the reason and its message", async () => {
    const assignmentId = await assign();
    await recordAnswerNow({ userId: ben.id, lessonId: LESSON, questionId: MC, chosen: ["bloomberg"], assignmentId });
    await db.update(assignments).set({ closedAt: new Date() }).where(eq(assignments.id, assignmentId));

    signInAs(ben);
    const state = await submitAnswerAction(
      {},
      formData({ lessonId: LESSON, questionId: HIGHLIGHT, chosen: ["driscoll", "vance"], attempt: "1", assignmentId }),
    );
    expect(state).toEqual({ error: ANSWER_REFUSAL_MESSAGES.closed });
    expect(state.error).toBe(
      "Your teacher has closed this assignment, so it no longer takes answers. The answers you gave before are kept.",
    );
    expect(await startRetry(ben.id, LESSON, assignmentId)).toEqual({ refusal: "closed" });
    await retryLessonAction(formData({ lessonId: LESSON, assignmentId }));
    const stored = (await attemptsOf(ben.id)).filter((r) => r.assignmentId === assignmentId);
    expect(stored).toHaveLength(1);
    expect(await getQuizState(ben.id, LESSON, assignmentId)).toMatchObject({ answered: [{ questionId: MC }] });
  });

  it("refuses students it is not for: another class, not chosen, or the wrong lesson", async () => {
    const forAmara = await assign({ wholeClass: false });
    await db.insert(assignmentStudents).values({ assignmentId: forAmara, studentId: amara.id });
    for (const userId of [outsider.id, ben.id]) {
      expect(
        await recordAnswerNow({
          userId,
          lessonId: LESSON,
          questionId: MC,
          chosen: ["bloomberg"],
          assignmentId: forAmara,
        }),
      ).toEqual({
        refusal: "missing",
      });
      expect(await getStudentAssignment(userId, forAmara)).toBeNull();
    }
    // Through the action too: the session decides who answers, the form only names the assignment.
    signInAs(outsider);
    expect(
      await submitAnswerAction(
        {},
        formData({ lessonId: LESSON, questionId: MC, chosen: "bloomberg", attempt: "1", assignmentId: forAmara }),
      ),
    ).toEqual({
      error: ANSWER_REFUSAL_MESSAGES.missing,
    });
    const other = await assign({ lessonId: "who-said-it" });
    expect(
      await recordAnswerNow({
        userId: amara.id,
        lessonId: LESSON,
        questionId: MC,
        chosen: ["bloomberg"],
        assignmentId: other,
      }),
    ).toEqual({
      refusal: "missing",
    });
    expect(
      (await attemptsOf(outsider.id)).length +
        (await attemptsOf(ben.id)).filter((r) => r.assignmentId === forAmara).length,
    ).toBe(0);
  });

  it("hides scheduled work until it opens and refuses answers to it", async () => {
    const later = await assign({ opensAt: new Date(Date.now() + 24 * HOUR) });
    expect((await listStudentAssignments(amara.id)).map((a) => a.id)).not.toContain(later);
    expect(await getStudentAssignment(amara.id, later)).toMatchObject({ id: later });
    expect(
      await recordAnswerNow({
        userId: amara.id,
        lessonId: LESSON,
        questionId: MC,
        chosen: ["bloomberg"],
        assignmentId: later,
      }),
    ).toEqual({
      refusal: "not-open",
    });
  });

  it("drops an archived class's work from the student's list and refuses answers to it", async () => {
    // Due first of Amara's unfinished work for the lesson (overdue work too): the one the lesson page points to.
    const assignmentId = await assign({ dueAt: new Date(Date.now() - 2 * HOUR) });
    expect(await findPendingAssignmentForLesson(amara.id, LESSON)).toMatchObject({ id: assignmentId });
    await db.update(classes).set({ archivedAt: new Date() }).where(eq(classes.id, classId));
    try {
      expect(await listStudentAssignments(amara.id)).toEqual([]);
      expect(
        await recordAnswerNow({
          userId: amara.id,
          lessonId: LESSON,
          questionId: MC,
          chosen: ["bloomberg"],
          assignmentId,
        }),
      ).toEqual({
        refusal: "missing",
      });
    } finally {
      await db.update(classes).set({ archivedAt: null }).where(eq(classes.id, classId));
    }
  });

  it("keeps answers as practice when the teacher removes the assignment, even with practice open too", async () => {
    const finished = await assign();
    const unfinished = await assign();
    const dana = await createAccount("student", "Dana");
    try {
      await db.transaction((tx) => enroll(tx, classId, dana.id));
      await answerBoth(dana.id, finished);
      await recordAnswerNow({
        userId: dana.id,
        lessonId: LESSON,
        questionId: MC,
        chosen: ["bloomberg"],
        assignmentId: unfinished,
      });
      await recordAnswerNow({ userId: dana.id, lessonId: LESSON, questionId: MC, chosen: ["bloomberg"] });

      await deleteAssignment(finished);
      await deleteAssignment(unfinished);
      const rows = await attemptsOf(dana.id);
      expect(rows.every((r) => r.assignmentId === null)).toBe(true);
      // The finished one is history; of the two open ones, the practice attempt stays open.
      expect(rows.filter((r) => r.completedAt !== null)).toHaveLength(1);
      expect(rows.filter((r) => r.completedAt === null)).toHaveLength(1);
    } finally {
      await deleteAccounts([dana.id]);
    }
  });
});

describe("one assignment gate for answers and retries", () => {
  type Case = { who: () => SessionUser; setUp: () => Promise<string>; tearDown?: () => Promise<void> };
  const cases: [string, GateRefusal, Case][] = [
    ["a student of another class", "missing", { who: () => outsider, setUp: () => assign() }],
    [
      "a classmate the assignment does not name",
      "missing",
      {
        who: () => ben,
        setUp: async () => {
          const id = await assign({ wholeClass: false });
          await db.insert(assignmentStudents).values({ assignmentId: id, studentId: amara.id });
          return id;
        },
      },
    ],
    [
      "an assignment of another lesson",
      "missing",
      { who: () => amara, setUp: () => assign({ lessonId: "who-said-it" }) },
    ],
    [
      "an archived class",
      "missing",
      {
        who: () => amara,
        setUp: async () => {
          const id = await assign();
          await db.update(classes).set({ archivedAt: new Date() }).where(eq(classes.id, classId));
          return id;
        },
        tearDown: async () => void (await db.update(classes).set({ archivedAt: null }).where(eq(classes.id, classId))),
      },
    ],
    [
      "a scheduled assignment",
      "not-open",
      { who: () => amara, setUp: () => assign({ opensAt: new Date(Date.now() + 24 * HOUR) }) },
    ],
    ["a closed assignment", "closed", { who: () => amara, setUp: () => assign({ closedAt: new Date() }) }],
    [
      "a closed assignment that was scheduled for later",
      "closed",
      { who: () => amara, setUp: () => assign({ opensAt: new Date(Date.now() + 24 * HOUR), closedAt: new Date() }) },
    ],
  ];

  it.each(cases)("refuses %s with %s, answering and retrying alike, and stores nothing", async (_what, reason, c) => {
    const assignmentId = await c.setUp();
    try {
      const student = c.who();
      expect(
        await recordAnswerNow({
          userId: student.id,
          lessonId: LESSON,
          questionId: MC,
          chosen: ["bloomberg"],
          assignmentId,
        }),
      ).toEqual({
        refusal: reason,
      });
      expect(await startRetry(student.id, LESSON, assignmentId)).toEqual({ refusal: reason });
      expect(await db.transaction((tx) => gateAssignmentAnswer(tx, student.id, assignmentId, LESSON))).toEqual({
        ok: false,
        reason,
      });
      expect(await db.select().from(attempts).where(eq(attempts.assignmentId, assignmentId))).toEqual([]);
    } finally {
      await c.tearDown?.();
    }
  });

  it("lets the student it is for through both ways", async () => {
    const assignmentId = await assign({ wholeClass: false, opensAt: new Date(Date.now() - HOUR) });
    await db.insert(assignmentStudents).values({ assignmentId, studentId: amara.id });
    expect(await db.transaction((tx) => gateAssignmentAnswer(tx, amara.id, assignmentId, LESSON))).toEqual({
      ok: true,
    });
    expect(
      await recordAnswerNow({
        userId: amara.id,
        lessonId: LESSON,
        questionId: MC,
        chosen: ["bloomberg"],
        assignmentId,
      }),
    ).toMatchObject({
      fresh: true,
      answered: 1,
    });
    // The attempt is open: the retry returns it.
    expect(await startRetry(amara.id, LESSON, assignmentId)).toMatchObject({ number: 1 });
  });
});
