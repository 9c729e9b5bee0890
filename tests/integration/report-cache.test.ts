import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { createAssignment, updateAssignment } from "@/db/mutations/assignments";
import { getClassDataVersion } from "@/db/queries/reports/class-data-version";
import type { SessionUser } from "@/db/queries/users";
import { classes, lessons, questions, users } from "@/db/schema";
import { computeAssignmentReport, loadAssignmentReport } from "@/server/reports/assignment-report";
import { computeClassPage, loadClassPage } from "@/server/reports/class-page";
import { computeClassReport, loadClassReport } from "@/server/reports/class-report";
import { createAccount, createClassWithStudents, deleteAccounts } from "../support/classroom";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

/**
 * The reports' cache (server/reports/report-cache.ts; the class page's figures too) serves a report only while its class's
 * token stands (migration 0011). tests/integration/assignment-stats.test.ts compares cached and
 * fresh reports after random answers, attempts and removals; here, the writes that random work
 * does not make (names, dates, chosen students, a new student, a lesson's wording), the clock,
 * and that one class's writes leave another's reports cached.
 */
const LESSON = "who-said-it";
let teacher: SessionUser;
let students: SessionUser[];
let classId: string;
let otherClassId: string;
let assignmentId: string;

const version = async (id = classId) => (await getClassDataVersion(teacher, id))?.version ?? null;
const className = async () => (await db.select().from(classes).where(eq(classes.id, classId)))[0]!.name;

/** The cached reports equal fresh ones, and the class's token moved (or stood) as `moved` says. */
async function expectCurrent(write: () => Promise<unknown>, moved = true): Promise<void> {
  await loadClassReport(teacher, classId);
  await loadAssignmentReport(teacher, classId, assignmentId);
  await loadClassPage(teacher, classId);
  const before = await version();
  await write();
  if (moved) expect(await version()).not.toBe(before);
  else expect(await version()).toBe(before);
  expect((await loadClassReport(teacher, classId))?.report).toEqual(
    await computeClassReport(teacher, classId, await className()),
  );
  expect((await loadAssignmentReport(teacher, classId, assignmentId))?.report).toEqual(
    await computeAssignmentReport(teacher, classId, assignmentId),
  );
  expect((await loadClassPage(teacher, classId))?.report.class).toEqual(await computeClassPage(teacher, classId));
}

beforeAll(async () => {
  teacher = await createAccount("teacher");
  students = [await createAccount("student", "Cache Ana"), await createAccount("student", "Cache Tom")];
  classId = await createClassWithStudents(teacher.id, { name: "Cache 8" }, students);
  otherClassId = await createClassWithStudents(teacher.id, { name: "Cache 9" }, []);
  const made = await createAssignment({
    classId,
    lessonId: LESSON,
    createdById: teacher.id,
    studentIds: null,
    opensAt: null,
    dueAt: new Date(Date.now() + 7 * 86_400_000),
  });
  assignmentId = made.ok ? made.id : "";
});

afterAll(async () => {
  await deleteAccounts([teacher.id, ...students.map((s) => s.id)]);
});

describe("the reports' cache and the class's token", () => {
  it("serves the same entry while nothing changed, and another class's writes leave it", async () => {
    const first = await loadClassReport(teacher, classId);
    expect(await loadClassReport(teacher, classId)).toBe(first);
    await db.update(classes).set({ name: "Cache 9b" }).where(eq(classes.id, otherClassId));
    expect(await loadClassReport(teacher, classId)).toBe(first);
    // Nobody else's: no report at all, and nothing cached for the address.
    const stranger = await createAccount("teacher");
    expect(await loadClassReport(stranger, classId)).toBeNull();
    expect(await loadAssignmentReport(teacher, classId, otherClassId)).toBeNull();
    await deleteAccounts([stranger.id]);
  });

  it("a student renamed, the class renamed, a new student joins", async () => {
    await expectCurrent(() => db.update(users).set({ name: "Cache Ana B" }).where(eq(users.id, students[0]!.id)));
    await expectCurrent(() => db.update(classes).set({ name: "Cache 8b" }).where(eq(classes.id, classId)));
    // The class page shows an administrator the class's teacher by name (migration 0012).
    await expectCurrent(() => db.update(users).set({ name: "Cache Teacher B" }).where(eq(users.id, teacher.id)));
    await expectCurrent(() => db.update(classes).set({ joinEnabled: false }).where(eq(classes.id, classId)));
    const late = await createAccount("student", "Cache Zoe");
    students.push(late);
    await expectCurrent(() =>
      db.execute(sql`insert into enrollments (class_id, student_id) values (${classId}, ${late.id})`),
    );
  });

  it("an assignment's dates and chosen students changed, a new assignment", async () => {
    await expectCurrent(() =>
      updateAssignment(
        { id: assignmentId, classId },
        { studentIds: [students[1]!.id], opensAt: null, dueAt: new Date(Date.now() + 3 * 86_400_000) },
      ),
    );
    await expectCurrent(() =>
      createAssignment({
        classId,
        lessonId: "who-reported-what",
        createdById: teacher.id,
        studentIds: null,
        opensAt: null,
        dueAt: new Date(Date.now() + 86_400_000),
      }),
    );
  });

  it("a lesson's title and wording changed; an unchanged rewrite (content sync) moves nothing", async () => {
    const [lesson] = await db.select().from(lessons).where(eq(lessons.id, LESSON));
    const [question] = await db.select().from(questions).where(eq(questions.lessonId, LESSON)).limit(1);
    try {
      await expectCurrent(() => db.update(lessons).set({ title: "Renamed" }).where(eq(lessons.id, LESSON)));
      await expectCurrent(() =>
        db
          .update(lessons)
          .set({ questionOrder: [...lesson!.questionOrder].reverse() })
          .where(eq(lessons.id, LESSON)),
      );
      await expectCurrent(() =>
        db.update(questions).set({ currentVersionId: null }).where(eq(questions.id, question!.id)),
      );
      await expectCurrent(() => db.update(lessons).set({ title: "Renamed" }).where(eq(lessons.id, LESSON)), false);
    } finally {
      await db
        .update(lessons)
        .set({ title: lesson!.title, questionOrder: lesson!.questionOrder })
        .where(eq(lessons.id, LESSON));
      await db
        .update(questions)
        .set({ currentVersionId: question!.currentVersionId })
        .where(eq(questions.id, question!.id));
    }
  });

  it("a due date passing changes the class report without any write", async () => {
    const soon = await createAssignment({
      classId,
      lessonId: "who-reported-what",
      createdById: teacher.id,
      studentIds: null,
      opensAt: null,
      dueAt: new Date(Date.now() + 1500),
    });
    expect(soon.ok).toBe(true);
    const overdue = async () =>
      (await loadClassReport(teacher, classId))!.report.assignments.find((a) => soon.ok && a.id === soon.id)!.overdue;
    expect(await overdue()).toBe(0);
    const token = await version();
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(await version()).toBe(token);
    expect(await overdue()).toBe(students.length);
  });
});
