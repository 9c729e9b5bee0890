import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  archiveClassAction,
  rotateJoinCodeAction,
  setJoinEnabledAction,
  updateClassAction,
} from "@/app/teach/classes/[classId]/actions";
import {
  createAssignmentAction,
  deleteAssignmentAction,
  setAssignmentClosedAction,
  updateAssignmentAction,
} from "@/app/teach/classes/[classId]/assignments/actions";
import {
  addStudentsAction,
  removeStudentAction,
  resetStudentPasswordAction,
} from "@/app/teach/classes/[classId]/roster-actions";
import { createClassAction } from "@/app/teach/actions";
import { db } from "@/db";
import { createAssignment } from "@/db/mutations/assignments";
import type { SessionUser } from "@/db/queries/users";
import { classes, users } from "@/db/schema";
import type { FormState } from "@/lib/form-state";
import { classSnapshot, createAccount, deleteAccounts, formData, createClassWithStudents } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

type Action = (prev: FormState, data: FormData) => Promise<FormState<unknown>>;

let owner: SessionUser, otherTeacher: SessionUser, admin: SessionUser, student: SessionUser;
let classId: string;
let assignmentId: string;

beforeAll(async () => {
  [owner, otherTeacher, admin, student] = await Promise.all([
    createAccount("teacher", "Owner Teacher"),
    createAccount("teacher", "Other Teacher"),
    createAccount("admin"),
    createAccount("student", "Enrolled Student"),
  ]);
  classId = await createClassWithStudents(owner.id, { name: "Owner's class", section: "P1" }, [student]);
  const assignment = await createAssignment({
    classId,
    lessonId: "who-said-it",
    createdById: owner.id,
    opensAt: null,
    dueAt: new Date("2026-12-02T07:59:00Z"),
    studentIds: null,
  });
  if (!assignment.ok) throw new Error(assignment.message);
  assignmentId = assignment.id;
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([owner, otherTeacher, admin, student].filter(Boolean).map((u) => u.id));
});

/** Every teacher action on someone's class, with input that would change it if allowed. */
const CLASS_ACTIONS: [string, Action, () => Record<string, string>][] = [
  ["updateClassAction", updateClassAction, () => ({ classId, name: "Taken over" })],
  ["archiveClassAction", archiveClassAction, () => ({ classId, archived: "true" })],
  ["setJoinEnabledAction", setJoinEnabledAction, () => ({ classId, enabled: "false" })],
  ["rotateJoinCodeAction", rotateJoinCodeAction, () => ({ classId })],
  ["removeStudentAction", removeStudentAction, () => ({ classId, studentId: student.id })],
  ["addStudentsAction", addStudentsAction, () => ({ classId, names: "Eve Intruder" })],
  ["resetStudentPasswordAction", resetStudentPasswordAction, () => ({ studentId: student.id })],
  [
    "createAssignmentAction",
    createAssignmentAction,
    () => ({ classId, lessonId: "who-said-it", dueAt: "2027-01-10T12:00", audience: "class" }),
  ],
  [
    "updateAssignmentAction",
    updateAssignmentAction,
    () => ({ assignmentId, dueAt: "2027-01-10T12:00", audience: "class" }),
  ],
  ["setAssignmentClosedAction", setAssignmentClosedAction, () => ({ assignmentId, closed: "true" })],
  ["deleteAssignmentAction", deleteAssignmentAction, () => ({ assignmentId })],
];

const INTRUDERS: [string, () => SessionUser | null][] = [
  ["anonymous", () => null],
  ["a student of the class", () => student],
  ["another teacher", () => otherTeacher],
];

describe("teacher actions refuse the wrong role and the wrong owner", () => {
  for (const [name, action, input] of CLASS_ACTIONS) {
    it.each(INTRUDERS)(`${name}: refused for %s, nothing changes`, async (_who, intruder) => {
      const before = await classSnapshot(classId);
      signInAs(intruder());
      const result = await action({}, formData(input()));
      expect(result.ok).toBeFalsy();
      expect(result.message).toMatch(
        /session has ended|not allowed|not one of yours|not on one of your|not in one of your/,
      );
      expect(await classSnapshot(classId)).toEqual(before);
      const [intrusions] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .where(eq(users.name, "Eve Intruder"));
      expect(intrusions!.n).toBe(0);
    });
  }

  it.each(INTRUDERS.slice(0, 2))("createClassAction: refused for %s", async (_who, intruder) => {
    signInAs(intruder());
    const result = await createClassAction({}, formData({ name: "Not a teacher's class" }));
    expect(result.message).toMatch(/session has ended|not allowed/);
    const made = await db.select({ id: classes.id }).from(classes).where(eq(classes.name, "Not a teacher's class"));
    expect(made).toEqual([]);
  });
});

describe("class actions for the owner and for an administrator", () => {
  it("creates a class with a grouped, unambiguous join code and opens it", async () => {
    signInAs(otherTeacher);
    const redirect = await createClassAction(
      {},
      formData({ name: "  History 9 ", section: "", schoolYear: "2026–27" }),
    ).catch((e) => e);
    expect(redirect).toBeInstanceOf(Redirected);
    const id = (redirect as Redirected).url.split("/").at(-1)!;
    const [made] = await db.select().from(classes).where(eq(classes.id, id));
    expect(made).toMatchObject({
      teacherId: otherTeacher.id,
      name: "History 9",
      section: null,
      schoolYear: "2026–27",
      joinEnabled: true,
    });
    expect(made!.joinCode).toMatch(/^[ABCDEFGHJKMNPQRTUVWXY346789]{4}-[ABCDEFGHJKMNPQRTUVWXY346789]{4}$/);
  });

  it("reports a missing name as a field error", async () => {
    signInAs(owner);
    const result = await createClassAction({}, formData({ name: "   ", section: "Period 2" }));
    expect(result.errors?.name).toEqual(["Enter the class name."]);
    expect(result.values).toMatchObject({ section: "Period 2" });
  });

  it("lets the owner rename the class and an administrator archive and restore it", async () => {
    signInAs(owner);
    expect(
      await updateClassAction({}, formData({ classId, name: "Renamed", section: "P2", schoolYear: "2026–27" })),
    ).toMatchObject({ ok: true });
    signInAs(admin);
    expect(await archiveClassAction({}, formData({ classId, archived: "true" }))).toMatchObject({ ok: true });
    const [archived] = await db.select().from(classes).where(eq(classes.id, classId));
    expect(archived).toMatchObject({ name: "Renamed", section: "P2", schoolYear: "2026–27" });
    expect(archived!.archivedAt).toBeInstanceOf(Date);
    expect(await archiveClassAction({}, formData({ classId, archived: "false" }))).toMatchObject({ ok: true });
    const [restored] = await db.select({ archivedAt: classes.archivedAt }).from(classes).where(eq(classes.id, classId));
    expect(restored!.archivedAt).toBeNull();
  });

  it("rotates the join code and turns joining off and on", async () => {
    signInAs(owner);
    const [before] = await db.select({ joinCode: classes.joinCode }).from(classes).where(eq(classes.id, classId));
    const rotated = await rotateJoinCodeAction({}, formData({ classId }));
    const [after] = await db
      .select({ joinCode: classes.joinCode, joinEnabled: classes.joinEnabled })
      .from(classes)
      .where(eq(classes.id, classId));
    expect(after!.joinCode).not.toBe(before!.joinCode);
    expect(rotated.message).toContain(after!.joinCode!);
    expect(await setJoinEnabledAction({}, formData({ classId, enabled: "false" }))).toMatchObject({ ok: true });
    const [off] = await db.select({ joinEnabled: classes.joinEnabled }).from(classes).where(eq(classes.id, classId));
    expect(off!.joinEnabled).toBe(false);
    await setJoinEnabledAction({}, formData({ classId, enabled: "true" }));
  });

  it("refuses ids that are not ids", async () => {
    signInAs(owner);
    const result = await updateClassAction({}, formData({ classId: "not-a-uuid", name: "X" }));
    expect(result.errors?.classId).toEqual(["Unknown class."]);
  });
});
