import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createAssignmentAction,
  deleteAssignmentAction,
  setAssignmentClosedAction,
  updateAssignmentAction,
} from "@/app/teach/classes/[classId]/assignments/actions";
import { formatDateTime } from "@/components/ui/format-date-time";
import { db } from "@/db";
import { listClassAssignments } from "@/db/queries/assignments";
import type { SessionUser } from "@/db/queries/users";
import { assignments, assignmentStudents, attempts } from "@/db/schema";
import { utcToZonedLocal } from "@/lib/time-zones";
import { createAccount, deleteAccounts, formData, createClassWithStudents } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

const LESSON = "who-said-it";
let teacher: SessionUser, amara: SessionUser, ben: SessionUser, outsider: SessionUser;
let classId: string;

const assignmentsOfClass = () => db.select().from(assignments).where(eq(assignments.classId, classId));
const chosenFor = async (assignmentId: string) =>
  (await db.select().from(assignmentStudents).where(eq(assignmentStudents.assignmentId, assignmentId)))
    .map((r) => r.studentId)
    .sort();

beforeAll(async () => {
  [teacher, amara, ben, outsider] = await Promise.all([
    createAccount("teacher", "Ms. Reyes", "America/Los_Angeles"),
    createAccount("student", "Amara"),
    createAccount("student", "Ben"),
    createAccount("student", "Outsider"),
  ]);
  classId = await createClassWithStudents(teacher.id, { name: "Civics" }, [amara, ben]);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher, amara, ben, outsider].filter(Boolean).map((u) => u.id));
});

describe("assigning a lesson", () => {
  it("stores the teacher's local due date as the moment it names, shown in each viewer's zone", async () => {
    signInAs(teacher);
    const state = await createAssignmentAction(
      {},
      formData({
        classId,
        lessonId: LESSON,
        opensAt: "2026-11-20T08:00",
        dueAt: "2026-12-01T23:59",
        audience: "class",
      }),
    );
    expect(state).toMatchObject({ ok: true });
    const [stored] = await assignmentsOfClass();
    expect(stored).toMatchObject({ lessonId: LESSON, wholeClass: true, createdById: teacher.id, closedAt: null });
    expect(stored!.dueAt.toISOString()).toBe("2026-12-02T07:59:00.000Z");
    expect(stored!.opensAt!.toISOString()).toBe("2026-11-20T16:00:00.000Z");
    expect(formatDateTime(stored!.dueAt, "Europe/Berlin")).toBe("Dec 2, 2026, 8:59 AM");
    // The edit form shows it back on the teacher's own clock.
    expect(utcToZonedLocal(stored!.dueAt, teacher.timeZone)).toBe("2026-12-01T23:59");
  });

  it("refuses demo lessons and lessons that do not exist", async () => {
    signInAs(teacher);
    const before = await assignmentsOfClass();
    for (const lessonId of ["who-reported-what", "no-such-lesson"]) {
      const state = await createAssignmentAction(
        {},
        formData({ classId, lessonId, dueAt: "2026-12-01T23:59", audience: "class" }),
      );
      expect(state.errors?.lessonId?.[0]).toMatch(/Choose a lesson from the list: a built-in lesson \(not a demo\)/);
    }
    expect(await assignmentsOfClass()).toEqual(before);
  });

  it("assigns to chosen students of the class only", async () => {
    signInAs(teacher);
    const refused = await createAssignmentAction(
      {},
      formData({
        classId,
        lessonId: LESSON,
        dueAt: "2026-12-03T10:00",
        audience: "students",
        studentIds: [amara.id, outsider.id],
      }),
    );
    expect(refused.errors?.studentIds).toEqual(["Choose students who are on this class's roster."]);
    expect(await assignmentsOfClass()).toHaveLength(1);
    const none = await createAssignmentAction(
      {},
      formData({ classId, lessonId: LESSON, dueAt: "2026-12-03T10:00", audience: "students" }),
    );
    expect(none.errors?.studentIds).toEqual(["Choose at least one student."]);
    expect(
      await createAssignmentAction(
        {},
        formData({ classId, lessonId: LESSON, dueAt: "2026-12-03T10:00", audience: "students", studentIds: amara.id }),
      ),
    ).toMatchObject({ ok: true });
    const chosen = (await assignmentsOfClass()).find((a) => !a.wholeClass)!;
    expect(await chosenFor(chosen.id)).toEqual([amara.id]);
  });

  it("checks the dates", async () => {
    signInAs(teacher);
    const backwards = await createAssignmentAction(
      {},
      formData({
        classId,
        lessonId: LESSON,
        opensAt: "2026-12-05T09:00",
        dueAt: "2026-12-01T09:00",
        audience: "class",
      }),
    );
    expect(backwards.errors?.dueAt).toEqual(["The due date must come after the opening date."]);
    const missing = await createAssignmentAction(
      {},
      formData({ classId, lessonId: LESSON, dueAt: "", audience: "class" }),
    );
    expect(missing.errors?.dueAt).toEqual(["Choose the due date and time."]);
    expect(missing.values).toMatchObject({ lessonId: LESSON, audience: "class" });
    const impossible = await createAssignmentAction(
      {},
      formData({ classId, lessonId: LESSON, dueAt: "2026-02-30T09:00", audience: "class" }),
    );
    expect(impossible.errors?.dueAt).toEqual(["That date does not exist."]);
  });
});

describe("editing, closing and removing an assignment", () => {
  it("changes the dates and the students, then returns to the class", async () => {
    signInAs(teacher);
    const whole = (await assignmentsOfClass()).find((a) => a.wholeClass)!;
    const done = await updateAssignmentAction(
      {},
      formData({
        assignmentId: whole.id,
        opensAt: "",
        dueAt: "2026-12-10T15:30",
        audience: "students",
        studentIds: [ben.id, amara.id],
      }),
    ).catch((e) => e);
    expect(done).toEqual(new Redirected(`/teach/classes/${classId}`));
    const [updated] = await db.select().from(assignments).where(eq(assignments.id, whole.id));
    expect(updated).toMatchObject({ wholeClass: false, opensAt: null });
    expect(updated!.dueAt.toISOString()).toBe("2026-12-10T23:30:00.000Z");
    expect(await chosenFor(whole.id)).toEqual([amara.id, ben.id].sort());
    await updateAssignmentAction(
      {},
      formData({ assignmentId: whole.id, dueAt: "2026-12-10T15:30", audience: "class", studentIds: ben.id }),
    ).catch(() => {});
    expect(await chosenFor(whole.id)).toEqual([]);
  });

  it("closes and reopens", async () => {
    signInAs(teacher);
    const [first] = await assignmentsOfClass();
    expect(await setAssignmentClosedAction({}, formData({ assignmentId: first!.id, closed: "true" }))).toMatchObject({
      ok: true,
    });
    expect((await db.select().from(assignments).where(eq(assignments.id, first!.id)))[0]!.closedAt).toBeInstanceOf(
      Date,
    );
    await setAssignmentClosedAction({}, formData({ assignmentId: first!.id, closed: "false" }));
    expect((await db.select().from(assignments).where(eq(assignments.id, first!.id)))[0]!.closedAt).toBeNull();
  });

  it("counts the students who completed it", async () => {
    const whole = (await assignmentsOfClass()).find((a) => a.wholeClass)!;
    await db.insert(attempts).values([
      {
        userId: amara.id,
        lessonId: LESSON,
        assignmentId: whole.id,
        number: 1,
        questionCount: 5,
        completedAt: new Date(),
        score: 0.8,
      },
      {
        userId: amara.id,
        lessonId: LESSON,
        assignmentId: whole.id,
        number: 2,
        questionCount: 5,
        completedAt: new Date(),
        score: 1,
      },
      { userId: ben.id, lessonId: LESSON, assignmentId: whole.id, number: 1, questionCount: 5 },
    ]);
    const listed = await listClassAssignments(teacher, classId);
    expect(listed.find((a) => a.id === whole.id)).toMatchObject({
      assignedCount: 2,
      completedCount: 1,
      lessonTitle: expect.any(String),
    });
    expect(await listClassAssignments({ id: outsider.id, role: "teacher" }, classId)).toEqual([]);
  });

  it("removes it and keeps the students' attempts", async () => {
    signInAs(teacher);
    const whole = (await assignmentsOfClass()).find((a) => a.wholeClass)!;
    expect(await deleteAssignmentAction({}, formData({ assignmentId: whole.id }))).toMatchObject({ ok: true });
    expect(await db.select().from(assignments).where(eq(assignments.id, whole.id))).toEqual([]);
    const kept = await db
      .select({ assignmentId: attempts.assignmentId })
      .from(attempts)
      .where(eq(attempts.userId, amara.id));
    expect(kept).toEqual([{ assignmentId: null }, { assignmentId: null }]);
  });
});
