import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { removeFromClass } from "@/db/mutations/enrollments";
import { listAssignmentProgress } from "@/db/queries/assignment-progress";
import { listClassAssignments } from "@/db/queries/assignments";
import { listRoster } from "@/db/queries/rosters";
import type { SessionUser } from "@/db/queries/users";
import { assignments, assignmentStudents, attempts } from "@/db/schema";
import { createAccount, deleteAccounts, createClassWithStudents } from "../support/classroom";

const LESSON = "who-said-it";
const HOUR = 3_600_000;
let teacher: SessionUser,
  otherTeacher: SessionUser,
  ana: SessionUser,
  bo: SessionUser,
  cy: SessionUser,
  dee: SessionUser;
let classId: string;
let pastDue: string, chosen: string, closed: string;

async function assign(values: Partial<typeof assignments.$inferInsert>) {
  const [row] = await db
    .insert(assignments)
    .values({ classId, lessonId: LESSON, dueAt: new Date(Date.now() + 48 * HOUR), ...values })
    .returning({ id: assignments.id });
  return row!.id;
}

async function attempt(
  userId: string,
  assignmentId: string,
  done: { score: number; late: boolean } | null,
  number = 1,
) {
  await db.insert(attempts).values({
    userId,
    lessonId: LESSON,
    assignmentId,
    number,
    questionCount: 10,
    completedAt: done ? new Date() : null,
    score: done?.score ?? null,
    late: done?.late ?? false,
  });
}

beforeAll(async () => {
  [teacher, otherTeacher, ana, bo, cy, dee] = await Promise.all([
    createAccount("teacher", "Ms. Park"),
    createAccount("teacher", "Mr. Other"),
    createAccount("student", "Ana"),
    createAccount("student", "Bo"),
    createAccount("student", "Cy"),
    createAccount("student", "Dee"),
  ]);
  classId = await createClassWithStudents(teacher.id, { name: "Journalism" }, [ana, bo, cy, dee]);

  pastDue = await assign({ dueAt: new Date(Date.now() - HOUR) });
  chosen = await assign({ wholeClass: false });
  await db.insert(assignmentStudents).values({ assignmentId: chosen, studentId: ana.id });
  closed = await assign({ closedAt: new Date() });
  await assign({ opensAt: new Date(Date.now() + 24 * HOUR) }); // scheduled: not counted yet

  await attempt(ana.id, pastDue, { score: 0.8, late: false });
  await attempt(ana.id, chosen, { score: 0.5, late: false });
  await attempt(bo.id, pastDue, { score: 0.4, late: true });
  await attempt(bo.id, pastDue, { score: 0.9, late: true }, 2);
  await attempt(cy.id, pastDue, null);
  await attempt(dee.id, pastDue, { score: 1, late: false });
});

afterAll(async () => {
  await deleteAccounts([teacher, otherTeacher, ana, bo, cy, dee].filter(Boolean).map((u) => u.id));
});

describe("the teacher's view of who has done the work", () => {
  it("shows each student's done, late and overdue work on the roster", async () => {
    const roster = await listRoster(teacher, classId);
    const work = Object.fromEntries(roster.map((r) => [r.name, r.work]));
    expect(work).toEqual({
      Ana: { assigned: 3, done: 2, late: 0, overdue: 0 },
      Bo: { assigned: 2, done: 1, late: 1, overdue: 0 },
      Cy: { assigned: 2, done: 0, late: 0, overdue: 1 },
      Dee: { assigned: 2, done: 1, late: 0, overdue: 0 },
    });
  });

  it("lists each assigned student's status on an assignment, best score first-finished", async () => {
    const progress = await listAssignmentProgress(teacher, pastDue);
    expect(progress.map((p) => [p.name, p.bestScore, p.late])).toEqual([
      ["Ana", 0.8, false],
      ["Bo", 0.9, true],
      ["Cy", null, false],
      ["Dee", 1, false],
    ]);
    expect((await listAssignmentProgress(teacher, chosen)).map((p) => p.name)).toEqual(["Ana"]);
    expect(await listAssignmentProgress(teacher, closed)).toHaveLength(4);
  });

  it("counts only students still on the roster as completed", async () => {
    const before = (await listClassAssignments(teacher, classId)).find((a) => a.id === pastDue)!;
    expect(before).toMatchObject({ assignedCount: 4, completedCount: 3 });
    await removeFromClass(classId, dee.id);
    const after = (await listClassAssignments(teacher, classId)).find((a) => a.id === pastDue)!;
    expect(after).toMatchObject({ assignedCount: 3, completedCount: 2 });
    expect((await listAssignmentProgress(teacher, pastDue)).map((p) => p.name)).not.toContain("Dee");
  });

  it("gives another teacher nothing", async () => {
    expect(await listRoster(otherTeacher, classId)).toEqual([]);
    expect(await listAssignmentProgress(otherTeacher, pastDue)).toEqual([]);
    expect(await listClassAssignments(otherTeacher, classId)).toEqual([]);
  });
});
