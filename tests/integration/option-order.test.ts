import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as answersCsv } from "@/app/teach/classes/[classId]/answers.csv/route";
import { GET as scoresCsv } from "@/app/teach/classes/[classId]/scores.csv/route";
import { db } from "@/db";
import { getGradingVersion } from "@/db/mutations/record-answer";
import { listItemStatistics } from "@/db/queries/reports/item-analysis";
import { listStudentClassAttempts } from "@/db/queries/reports/student-report";
import type { SessionUser } from "@/db/queries/users";
import { answers, assignments, attempts } from "@/db/schema";
import { drawOptionOrder, orderSeat } from "@/lib/quiz/option-order";
import { submitAnswer } from "@/server/grading/submit-answer";
import { createAccount, createClassWithStudents, deleteAccounts } from "../support/classroom";
import { signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

const LESSON = "who-said-it";
const QUESTIONS = [
  "said-budapest-cancelled",
  "said-authored-by-us",
  "said-workable-solution",
  "said-russian-plan-to-senators",
];

let teacher: SessionUser;
let students: SessionUser[];
let classId: string, assignmentId: string;

/** Item analysis and both CSVs, as a teacher reads them. */
async function reports() {
  signInAs(teacher);
  const csv = async (handler: typeof answersCsv) =>
    parse(await (await handler(new Request("http://localhost/x"), { params: Promise.resolve({ classId }) })).text(), {
      bom: true,
    });
  return {
    items: await listItemStatistics(teacher, classId, assignmentId),
    answers: await csv(answersCsv),
    scores: await csv(scoresCsv),
  };
}

beforeAll(async () => {
  teacher = await createAccount("teacher", "Order Teacher");
  students = [];
  for (const name of ["O1 Ann", "O2 Bo", "O3 Cy", "O4 Di", "O5 Ed", "O6 Flo"])
    students.push(await createAccount("student", name));
  classId = await createClassWithStudents(teacher.id, { name: "Order 101" }, students);
  const [a] = await db
    .insert(assignments)
    .values({ classId, lessonId: LESSON, dueAt: new Date(Date.now() + 86_400_000), createdById: teacher.id })
    .returning({ id: assignments.id });
  assignmentId = a!.id;
  // Each student answers the four questions through the same path as the quiz page, choosing
  // option ids by a fixed design (the key, or the first or last distractor), whatever the order shown.
  for (const [s, student] of students.entries()) {
    for (const [q, questionId] of QUESTIONS.entries()) {
      const version = (await getGradingVersion(LESSON, questionId, student.id))!;
      const wrong = version.options.filter((o) => !version.answer.includes(o.id));
      const pick = (s + q) % 3 === 0 ? version.answer[0]! : (s + q) % 3 === 1 ? wrong[0]!.id : wrong.at(-1)!.id;
      const result = await submitAnswer(
        { lessonId: LESSON, questionId, chosen: [pick], assignmentId, attempt: 1 },
        student,
      );
      expect(result.error).toBeUndefined();
    }
  }
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher, ...students].filter(Boolean).map((u) => u.id));
});

describe("options shown in an order drawn per student", () => {
  it("stores with each answer the order drawn for that student, attempt and question", async () => {
    const rows = await db
      .select({
        userId: attempts.userId,
        questionId: answers.questionId,
        number: attempts.number,
        shownOrder: answers.shownOrder,
      })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(eq(attempts.assignmentId, assignmentId));
    expect(rows).toHaveLength(students.length * QUESTIONS.length);
    const distinct = new Map<string, Set<string>>();
    for (const row of rows) {
      const version = (await getGradingVersion(LESSON, row.questionId, row.userId))!;
      const seat = orderSeat(
        { lessonId: LESSON, questionId: row.questionId, assignmentId, attempt: row.number },
        { id: row.userId },
      );
      expect(row.shownOrder).toEqual(drawOptionOrder(version.options, seat, process.env.AUTH_SECRET!));
      expect([...row.shownOrder!].sort()).toEqual(version.options.map((o) => o.id).sort());
      distinct.set(row.questionId, (distinct.get(row.questionId) ?? new Set()).add(row.shownOrder!.join()));
    }
    // Six students over four questions: the orders are not one fixed order per question.
    expect([...distinct.values()].some((orders) => orders.size > 1)).toBe(true);
  });

  it("shows the teacher where the chosen option sat in the order the student saw", async () => {
    const [attempt] = await listStudentClassAttempts(teacher, classId, students[0]!.id);
    for (const answer of attempt!.answers) {
      expect(answer.shown.length).toBeGreaterThanOrEqual(2);
      expect(answer.shown).toContain(answer.chosen[0]);
    }
  });

  it("leaves item analysis and the CSVs unchanged when only the orders shown differ", async () => {
    const before = await reports();
    expect(before.items.length).toBeGreaterThan(0);
    // The same chosen option ids, seen in other orders: reversed, then none stored at all.
    await db.execute(sql`update answers set shown_order = array(select unnest(shown_order) order by 1 desc)
                         where attempt_id in (select id from attempts where assignment_id = ${assignmentId})`);
    expect(await reports()).toEqual(before);
    await db.execute(
      sql`update answers set shown_order = null where attempt_id in (select id from attempts where assignment_id = ${assignmentId})`,
    );
    expect(await reports()).toEqual(before);
  });

  it("refuses an answer from a page drawn for another attempt, and stores nothing", async () => {
    const student = await createAccount("student", "O7 Gil");
    try {
      await db.execute(sql`insert into enrollments (class_id, student_id) values (${classId}, ${student.id})`);
      const input = { lessonId: LESSON, questionId: QUESTIONS[0]!, chosen: ["putin"], assignmentId };
      expect((await submitAnswer({ ...input, attempt: 2 }, student)).error).toMatch(/earlier attempt.*Reload the page/);
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(attempts)
        .where(eq(attempts.userId, student.id));
      expect(count!.n).toBe(0);
      const first = await submitAnswer({ ...input, attempt: 1 }, student);
      expect(first.feedback?.questionId).toBe(QUESTIONS[0]);
      // A replay returns the stored answer and its order; it changes nothing.
      const replay = await submitAnswer({ ...input, chosen: [first.feedback!.answer[0]!], attempt: 1 }, student);
      expect(replay.feedback?.chosen).toEqual(["putin"]);
    } finally {
      await deleteAccounts([student.id]);
    }
  });
});
