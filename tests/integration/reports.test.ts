import { parse } from "csv-parse/sync";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as answersCsv } from "@/app/teach/classes/[classId]/answers.csv/route";
import { GET as scoresCsv } from "@/app/teach/classes/[classId]/scores.csv/route";
import { GET as assignmentReportJson } from "@/app/api/teach/classes/[classId]/assignments/[assignmentId]/report/route";
import { GET as classReportJson } from "@/app/api/teach/classes/[classId]/report/route";
import { GET as classPageJson } from "@/app/api/teach/classes/[classId]/route";
import { GET as studentReportJson } from "@/app/api/teach/classes/[classId]/students/[studentId]/route";
import { db } from "@/db";
import { getAssignmentHeader, listAssignmentGrid } from "@/db/queries/reports/assignment-report";
import { listAssignmentOverview } from "@/db/queries/reports/class-overview";
import { listClassSkillScores, listReportRoster } from "@/db/queries/reports/class-skills";
import { listItemStatistics } from "@/db/queries/reports/item-analysis";
import {
  getClassStudent,
  listStudentClassAttempts,
  listStudentMasteryTimeline,
} from "@/db/queries/reports/student-report";
import { listAssignableAuthoredLessons } from "@/db/queries/teacher-lessons";
import type { SessionUser } from "@/db/queries/users";
import { createSession, endSession } from "@/db/mutations/sessions";
import { answers, assignments, attempts, lessons, questions, questionVersions } from "@/db/schema";
import { createAccount, deleteAccounts, createClassWithStudents } from "../support/classroom";
import { signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

const LESSON = "who-said-it";
const QUESTIONS = [
  "said-budapest-cancelled",
  "said-authored-by-us",
  "said-workable-solution",
  "said-russian-plan-to-senators",
];
// Rows: students; columns: the four questions; 1 = right (the key), 0 = wrong (the distractor named below).
const DESIGN = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
  [1, 1, 0, 0],
  [1, 0, 0, 1],
  [0, 0, 0, 1],
  [0, 1, 0, 0],
];
// Each wrong answer picks this distractor, except student 5 on question 1, who picks the other.
const DISTRACTOR = {
  "said-budapest-cancelled": "putin",
  "said-authored-by-us": "rounds",
  "said-workable-solution": "rubio",
  "said-russian-plan-to-senators": "rounds",
} as Record<string, string>;

let teacher: SessionUser, otherTeacher: SessionUser, outsiderStudent: SessionUser;
let students: SessionUser[];
let classId: string, assignmentId: string;
const versions = new Map<string, { id: number; answer: string[]; skill: string }>();

async function insertAttempt(student: SessionUser, number: number, pattern: number[] | null, at: Date, done = true) {
  const [attempt] = await db
    .insert(attempts)
    .values({
      userId: student.id,
      lessonId: LESSON,
      assignmentId,
      number,
      questionCount: 10,
      startedAt: at,
      completedAt: done ? at : null,
      score: done && pattern ? pattern.reduce((a, b) => a + b, 0) / 10 : null,
    })
    .returning({ id: attempts.id });
  if (!pattern) return;
  await db.insert(answers).values(
    pattern.map((right, q) => {
      const questionId = QUESTIONS[q]!;
      const v = versions.get(questionId)!;
      const wrong =
        questionId === "said-budapest-cancelled" && students.indexOf(student) === 4 ? "rubio" : DISTRACTOR[questionId]!;
      return {
        attemptId: attempt!.id,
        questionId,
        questionVersionId: v.id,
        chosen: [right ? v.answer[0]! : wrong],
        score: right,
        correct: right === 1,
        timeSpentMs: 10_000,
        createdAt: new Date(at.getTime() + q * 1000),
      };
    }),
  );
}

function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs),
    my = mean(ys);
  const cov = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const sx = Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0));
  const sy = Math.sqrt(ys.reduce((s, y) => s + (y - my) ** 2, 0));
  return cov / (sx * sy);
}

beforeAll(async () => {
  [teacher, otherTeacher, outsiderStudent] = await Promise.all([
    createAccount("teacher", "Report Teacher"),
    createAccount("teacher", "Other Teacher"),
    createAccount("student", "Outsider"),
  ]);
  students = [];
  for (const name of ["S1 Ada", "S2 Bea", "S3 Cal", "S4 Dov", "S5 Eli", "S6 Fay", "S7 Gus", "S8 Hal"])
    students.push(await createAccount("student", name));
  classId = await createClassWithStudents(teacher.id, { name: "Reports 101" }, students);
  const [a] = await db
    .insert(assignments)
    .values({ classId, lessonId: LESSON, dueAt: new Date("2026-11-20T12:00:00Z"), createdById: teacher.id })
    .returning({ id: assignments.id });
  assignmentId = a!.id;
  const rows = await db
    .select({
      questionId: questions.id,
      id: questionVersions.id,
      answer: questionVersions.answer,
      skill: questionVersions.skill,
    })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
    .where(inArray(questions.id, QUESTIONS));
  for (const r of rows) versions.set(r.questionId, r);

  const first = new Date("2026-11-18T09:00:00Z");
  for (const [i, pattern] of DESIGN.entries()) await insertAttempt(students[i]!, 1, pattern, first);
  // S1 tries again and does worse: the best attempt counts for the score, the first for item analysis.
  await insertAttempt(students[0]!, 2, [0, 0, 0, 0], new Date("2026-11-21T09:00:00Z"));
  // S6's second attempt is better; still, item analysis uses the first.
  await insertAttempt(students[5]!, 2, [1, 1, 1, 1], new Date("2026-11-22T09:00:00Z"));
  // S7 has started but not finished; S8 has not started.
  await insertAttempt(students[6]!, 1, [1], new Date("2026-11-19T09:00:00Z"), false);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher, otherTeacher, outsiderStudent, ...students].filter(Boolean).map((u) => u.id));
});

describe("item analysis on a hand-made data set", () => {
  it("computes facility, corrected point-biserial discrimination and distractor counts from first attempts", async () => {
    const items = await listItemStatistics(teacher, classId, assignmentId);
    expect(items.map((i) => i.questionId).slice(0, 4)).toEqual(QUESTIONS);
    const totals = DESIGN.map((row) => row.reduce((a, b) => a + b, 0));
    for (const [q, questionId] of QUESTIONS.entries()) {
      const item = items.find((i) => i.questionId === questionId)!;
      const column = DESIGN.map((row) => row[q]!);
      expect(item.answered).toBe(6);
      expect(item.facility).toBeCloseTo(column.reduce((a, b) => a + b, 0) / 6, 10);
      const rest = totals.map((t, s) => t - column[s]!);
      expect(item.discrimination).toBeCloseTo(pearson(column, rest), 10);
      const key = versions.get(questionId)!.answer[0]!;
      expect(item.picks[key]).toBe(column.filter((c) => c === 1).length);
    }
    const q1 = items.find((i) => i.questionId === "said-budapest-cancelled")!;
    expect(q1.picks).toEqual({ trump: 4, rubio: 1, putin: 1 });
    expect(q1.options.find((o) => o.id === "putin")?.misconception).toBeTruthy();
    // Each item carries its level (the list groups by it); only two-tier items have an evidence figure.
    expect(new Set(items.map((i) => i.level))).toEqual(new Set(["apply"]));
    expect(items.every((i) => i.evidenceCredit === null)).toBe(true);
    // Questions nobody answered are listed, with no figures.
    expect(items.slice(4).every((i) => i.answered === 0 && i.facility === null && i.discrimination === null)).toBe(
      true,
    );
  });
});

describe("class and assignment reports", () => {
  it("summarizes each assignment: completion, average best score, late, overdue and who has not started", async () => {
    const [overview] = await listAssignmentOverview(teacher, classId);
    const best = [0.4, 0.3, 0.2, 0.2, 0.1, 0.4];
    expect(overview).toMatchObject({ assigned: 8, completed: 6, late: 0, overdue: 2, notStarted: ["S8 Hal"] });
    // Scores are stored as real (single precision).
    expect(overview!.averageScore).toBeCloseTo(best.reduce((a, b) => a + b, 0) / 6, 6);
  });

  it("shows the grid from each student's best attempt, with time spent", async () => {
    const header = await getAssignmentHeader(teacher, classId, assignmentId);
    expect(header?.questions).toHaveLength(10);
    const grid = await listAssignmentGrid(teacher, classId, assignmentId);
    const ada = grid.find((r) => r.name === "S1 Ada")!;
    expect(ada).toMatchObject({ attemptNumber: 1, completed: true, score: 0.4, attempts: 2, timeSpentMs: 40_000 });
    expect(ada.answers.filter((a) => a.correct)).toHaveLength(4);
    expect(grid.find((r) => r.name === "S6 Fay")).toMatchObject({ attemptNumber: 2, score: 0.4 });
    expect(grid.find((r) => r.name === "S7 Gus")).toMatchObject({
      completed: false,
      score: null,
      answers: [{ correct: true }],
    });
    expect(grid.find((r) => r.name === "S8 Hal")).toMatchObject({ attemptNumber: null, attempts: 0, answers: [] });
  });

  it("computes each student's skill mastery from the class's work only", async () => {
    const scores = await listClassSkillScores(teacher, classId);
    const ada = scores.filter((s) => s.studentId === students[0]!.id);
    // Ada's eight answers (last 8 = all): four right, then four wrong.
    expect(ada).toEqual([
      { studentId: students[0]!.id, skill: versions.get(QUESTIONS[0]!)!.skill, answers: 8, mastery: 0.5 },
    ]);
    expect(await listReportRoster(teacher, classId)).toHaveLength(8);
  });

  it("lists one student's attempts with answers and mastery over time", async () => {
    const ada = students[0]!;
    expect(await getClassStudent(teacher, classId, ada.id)).toMatchObject({ name: "S1 Ada" });
    const history = await listStudentClassAttempts(teacher, classId, ada.id);
    expect(history.map((h) => h.number)).toEqual([2, 1]);
    expect(history[1]!.answers[0]).toMatchObject({ number: 1, correct: true, chosen: [expect.any(String)] });
    expect(history[1]!.answers[0]).toMatchObject({ evidenceCredit: null, marked: null });
    const timeline = await listStudentMasteryTimeline(teacher, classId, ada.id, "UTC");
    expect(timeline.map((p) => [p.day, p.mastery])).toEqual([
      ["2026-11-18", 1],
      ["2026-11-21", 0.5],
    ]);
  });
});

describe("only the class's teacher gets its reports", () => {
  it("returns nothing to another teacher", async () => {
    expect(await listAssignmentOverview(otherTeacher, classId)).toEqual([]);
    expect(await listItemStatistics(otherTeacher, classId, assignmentId)).toEqual([]);
    expect(await listAssignmentGrid(otherTeacher, classId, assignmentId)).toEqual([]);
    expect(await getAssignmentHeader(otherTeacher, classId, assignmentId)).toBeNull();
    expect(await listClassSkillScores(otherTeacher, classId)).toEqual([]);
    expect(await getClassStudent(otherTeacher, classId, students[0]!.id)).toBeNull();
    expect(await listStudentClassAttempts(otherTeacher, classId, students[0]!.id)).toEqual([]);
  });

  it.each([
    ["anonymous", (): SessionUser | null => null, 401],
    ["a student of the class", (): SessionUser | null => students[0]!, 403],
    ["another teacher", (): SessionUser | null => otherTeacher, 404],
  ] as const)("refuses the CSV exports to %s", async (_who, who, status) => {
    signInAs(who());
    for (const handler of [answersCsv, scoresCsv]) {
      const response = await handler(new Request("http://localhost/x"), { params: Promise.resolve({ classId }) });
      expect(response.status).toBe(status);
      expect(await response.text()).not.toContain("S1 Ada");
    }
  });
});

describe("a report's figures and the class page's (JSON for the prerendered pages)", () => {
  const request = new Request("http://localhost/x");
  const fetchAll = (ids: { classId: string; assignmentId?: string; studentId?: string }) =>
    Promise.all([
      classReportJson(request, { params: Promise.resolve({ classId: ids.classId }) }),
      assignmentReportJson(request, {
        params: Promise.resolve({ classId: ids.classId, assignmentId: ids.assignmentId ?? assignmentId }),
      }),
      studentReportJson(request, {
        params: Promise.resolve({ classId: ids.classId, studentId: ids.studentId ?? students[0]!.id }),
      }),
      classPageJson(request, { params: Promise.resolve({ classId: ids.classId }) }),
    ]);

  it("answers the class's teacher with the figures and who is signed in", async () => {
    signInAs(teacher);
    for (const response of await fetchAll({ classId })) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const body = await response.json();
      expect(body.viewer).toEqual({ name: teacher.name, role: "teacher" });
      expect(JSON.stringify(body.report)).toContain("S1 Ada");
      expect(body.renewSession).toBe(false);
    }
    // The cookie's renewal is told from the same read of it as the session's ids.
    signInAs(teacher, { renewalDue: true });
    for (const response of await fetchAll({ classId })) expect((await response.json()).renewSession).toBe(true);
  });

  it("gives the class page its class, roster, assignments and the lessons the viewer may assign", async () => {
    const tag = `rj${Date.now()}`;
    const lesson = (id: string, ownerId: string, status: "draft" | "published", shared: boolean) => ({
      id: `t-${tag}-${id}`,
      ownerId,
      title: `${tag} ${id}`,
      summary: "",
      estimatedMinutes: 5,
      status,
      shared,
    });
    await db
      .insert(lessons)
      .values([
        lesson("own", teacher.id, "published", false),
        lesson("own-draft", teacher.id, "draft", false),
        lesson("shared", otherTeacher.id, "published", true),
        lesson("private", otherTeacher.id, "published", false),
      ]);
    try {
      signInAs(teacher);
      const [, , , response] = await fetchAll({ classId });
      const { report } = await response!.json();
      expect(report.class.details).toMatchObject({ id: classId, joinEnabled: true });
      expect(report.class.roster.map((s: { name: string }) => s.name)).toContain("S1 Ada");
      expect(report.class.assignments.map((a: { id: string }) => a.id)).toContain(assignmentId);
      // Read in the session's statement: the same rule as the page rendered per request.
      const mine = (report.authoredLessons as { title: string }[]).filter((l) => l.title.startsWith(tag));
      expect(mine.map((l) => l.title)).toEqual([`${tag} own`, `${tag} shared`]);
      expect(report.authoredLessons).toEqual(await listAssignableAuthoredLessons(teacher));
    } finally {
      await db.delete(lessons).where(sql`${lessons.id} like ${`t-${tag}-%`}`);
    }
  });

  it.each([
    ["anonymous", (): SessionUser | null => null, 401],
    ["a student of the class", (): SessionUser | null => students[0]!, 403],
    ["another teacher", (): SessionUser | null => otherTeacher, 404],
  ] as const)("refuses them to %s", async (_who, who, status) => {
    signInAs(who());
    for (const response of await fetchAll({ classId })) {
      expect(response.status).toBe(status);
      expect(await response.text()).not.toContain("S1 Ada");
    }
  });

  it("refuses a session that ended, though its cookie is still well formed (the row is checked)", async () => {
    const sessionId = await createSession(teacher.id, "Copied cookie");
    signInAs({ ...teacher, sessionId });
    expect((await fetchAll({ classId })).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await endSession(sessionId);
    expect((await fetchAll({ classId })).map((r) => r.status)).toEqual([401, 401, 401, 401]);
  });

  it("answers an address of the wrong shape with 404 for the teacher and 401 for nobody", async () => {
    signInAs(teacher);
    expect((await fetchAll({ classId: "not-a-uuid" })).map((r) => r.status)).toEqual([404, 404, 404, 404]);
    const badInside = { classId, assignmentId: "x'; --", studentId: "%00" };
    expect((await fetchAll(badInside)).map((r) => r.status)).toEqual([200, 404, 404, 200]);
    signInAs(null);
    expect((await fetchAll({ classId: "not-a-uuid" })).map((r) => r.status)).toEqual([401, 401, 401, 401]);
  });
});

describe("CSV exports", () => {
  it("writes one row per answer, with ';'-joined choices", async () => {
    signInAs(teacher);
    const response = await answersCsv(new Request("http://localhost/x"), { params: Promise.resolve({ classId }) });
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(eq(attempts.assignmentId, assignmentId));
    expect(rows).toHaveLength(count!.n);
    expect(rows.filter((r) => r.student === "S1 Ada")).toHaveLength(8);
    expect(rows.find((r) => r.student === "S5 Eli" && r.question_number === "1")).toMatchObject({
      chosen: "rubio",
      correct: "false",
      score: "0",
    });
  });

  it("writes one row per student with each assignment's best score and status", async () => {
    signInAs(teacher);
    const response = await scoresCsv(new Request("http://localhost/x"), { params: Promise.resolve({ classId }) });
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows).toHaveLength(9);
    expect(rows[0]!.slice(0, 2)).toEqual(["student", "login"]);
    const byName = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byName.get("S1 Ada")!.slice(2)).toEqual(["40", "done", "40"]);
    expect(byName.get("S7 Gus")!.slice(2)).toEqual(["", "in progress", ""]);
    expect(byName.get("S8 Hal")!.slice(2)).toEqual(["", "not started", ""]);
  });
});
