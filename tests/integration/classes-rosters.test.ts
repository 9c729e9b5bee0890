import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetTeacherPasswordAction } from "@/app/admin/actions";
import {
  addStudentsAction,
  removeStudentAction,
  resetStudentPasswordAction,
} from "@/app/teach/classes/[classId]/roster-actions";
import { db } from "@/db";
import { createSession } from "@/db/mutations/sessions";
import { createAssignment } from "@/db/mutations/assignments";
import type { SessionUser } from "@/db/queries/users";
import { assignmentStudents, enrollments, sessions, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { createAccount, deleteAccounts, formData, createClassWithStudents } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

let teacher: SessionUser, otherTeacher: SessionUser, admin: SessionUser, student: SessionUser;
let classId: string;

/** The account's row, with how many sessions it has open (a reset ends them all). */
const login = async (id: string) => {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  const open = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, id));
  return { ...row!, sessions: open.length };
};

beforeAll(async () => {
  [teacher, otherTeacher, admin, student] = await Promise.all([
    createAccount("teacher", "Roster Teacher", "America/Chicago"),
    createAccount("teacher"),
    createAccount("admin"),
    createAccount("student", "Joined Student"),
  ]);
  classId = await createClassWithStudents(teacher.id, { name: "Year 5" }, [student]);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher, otherTeacher, admin, student].filter(Boolean).map((u) => u.id));
});

describe("bulk-adding young students", () => {
  it("creates the good rows and reports the bad ones by line", async () => {
    signInAs(teacher);
    const pasted = ["Ana Lopez", "", "Ben Carter", "---", "ana  LOPEZ", "x".repeat(101), "José Álvarez", ""].join("\n");
    const state = await addStudentsAction({}, formData({ classId, names: pasted }));
    expect(state.ok).toBe(true);
    expect(state.result!.problems).toEqual([
      { line: 4, text: "---", reason: "The name has no letters." },
      { line: 5, text: "ana LOPEZ", reason: "The same name is already on line 1." },
      { line: 6, text: "x".repeat(40), reason: "The name is longer than 100 characters." },
    ]);
    const created = state.result!.created;
    expect(created.map((c) => [c.line, c.name])).toEqual([
      [1, "Ana Lopez"],
      [3, "Ben Carter"],
      [7, "José Álvarez"],
    ]);
    expect(created.map((c) => c.username)).toEqual(["ana.lopez", "ben.carter", "jose.alvarez"]);
    for (const c of created) {
      const [account] = await db.select().from(users).where(eq(users.username, c.username));
      expect(account).toMatchObject({
        role: "student",
        email: null,
        createdById: teacher.id,
        timeZone: "America/Chicago",
        ageConfirmedAt: null,
      });
      // Only the hash is stored, and it is the hash of the password shown.
      expect(account!.passwordHash).not.toContain(c.password);
      expect(await verifyPassword(account!.passwordHash, c.password)).toBe(true);
      expect(
        await db
          .select()
          .from(enrollments)
          .where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, account!.id))),
      ).toHaveLength(1);
    }
  });

  it("numbers a username that is taken", async () => {
    signInAs(teacher);
    const state = await addStudentsAction({}, formData({ classId, names: "Ana Lopez\nAna Maria Lopez" }));
    expect(state.result!.created.map((c) => c.username)).toEqual(["ana.lopez2", "ana.lopez3"]);
  });

  it("reads a CSV upload: byte-order mark, a name column, quoting and blank lines", async () => {
    signInAs(teacher);
    const csv = '\uFEFFAge,Name\r\n10,"Okafor, Chidi"\r\n\r\n11,\r\n10,Dana Kim\r\n10,dana kim\r\n';
    const state = await addStudentsAction(
      {},
      formData({ classId, names: "", file: new File([csv], "class.csv", { type: "text/csv" }) }),
    );
    expect(state.result!.created.map((c) => [c.line, c.name, c.username])).toEqual([
      [2, "Okafor, Chidi", "okafor.chidi"],
      [5, "Dana Kim", "dana.kim"],
    ]);
    expect(state.result!.problems.map((p) => [p.line, p.reason])).toEqual([
      [4, "The name is empty."],
      [6, "The same name is already on line 5."],
    ]);
  });

  it("refuses a CSV it cannot tell the names in, creating nobody", async () => {
    signInAs(teacher);
    const before = await db.select({ id: users.id }).from(users).where(eq(users.createdById, teacher.id));
    const state = await addStudentsAction(
      {},
      formData({ classId, file: new File(["first,last\nAna,Ruiz\n"], "names.csv") }),
    );
    expect(state.errors?.file?.[0]).toMatch(/several columns/);
    const broken = await addStudentsAction({}, formData({ classId, file: new File(['"Ana\n'], "names.csv") }));
    expect(broken.errors?.file?.[0]).toMatch(/could not be read/);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.createdById, teacher.id))).toEqual(before);
  });

  it("asks for names, and refuses a batch that is too large", async () => {
    signInAs(teacher);
    expect((await addStudentsAction({}, formData({ classId, names: " \n " }))).errors?.names?.[0]).toMatch(
      /Paste the students' names/,
    );
    const many = Array.from({ length: 101 }, (_, i) => `Student Number${String.fromCharCode(97 + (i % 26))}${i}`).join(
      "\n",
    );
    expect((await addStudentsAction({}, formData({ classId, names: many }))).errors?.names).toEqual([
      "Add at most 100 students at a time.",
    ]);
  });
});

describe("removing a student and resetting passwords", () => {
  it("takes a student off the roster with the class's assignments that named them", async () => {
    const assignment = await createAssignment({
      classId,
      lessonId: "who-said-it",
      createdById: teacher.id,
      opensAt: null,
      dueAt: new Date("2027-01-01T00:00:00Z"),
      studentIds: [student.id],
    });
    if (!assignment.ok) throw new Error(assignment.message);
    signInAs(teacher);
    const redirect = await removeStudentAction({}, formData({ classId, studentId: student.id })).catch((e) => e);
    expect(redirect).toBeInstanceOf(Redirected);
    expect((redirect as Redirected).url).toBe(`/teach/classes/${classId}`);
    expect(
      await db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, student.id))),
    ).toEqual([]);
    expect(
      await db.select().from(assignmentStudents).where(eq(assignmentStudents.assignmentId, assignment.id)),
    ).toEqual([]);
  });

  it("gives a student a new password once, ends their sessions, and keeps only its hash", async () => {
    signInAs(teacher);
    const [dana] = await db.select({ id: users.id }).from(users).where(eq(users.username, "dana.kim"));
    await createSession(dana!.id, "Chrome on Windows");
    const before = await login(dana!.id);
    expect(before.sessions).toBe(1);
    const state = await resetStudentPasswordAction({}, formData({ studentId: dana!.id }));
    expect(state.result).toMatchObject({ name: "Dana Kim", login: "dana.kim" });
    const after = await login(dana!.id);
    expect(after.sessions).toBe(0);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await verifyPassword(after.passwordHash, state.result!.password)).toBe(true);
  });

  it("lets a teacher reset only students on their rosters, never a teacher", async () => {
    signInAs(teacher);
    // Removed from the class above: no longer this teacher's student.
    expect(await resetStudentPasswordAction({}, formData({ studentId: student.id }))).toMatchObject({
      message: "That student is not on one of your class rosters.",
    });
    expect(await resetStudentPasswordAction({}, formData({ studentId: otherTeacher.id }))).toMatchObject({
      message: "That student is not on one of your class rosters.",
    });
    expect((await login(otherTeacher.id)).sessions).toBe(1);
  });
});

describe("an administrator resets a teacher's password", () => {
  it("is refused for anyone but an administrator, and for accounts that are not teachers", async () => {
    const before = await login(teacher.id);
    for (const caller of [null, student, otherTeacher]) {
      signInAs(caller);
      const state = await resetTeacherPasswordAction({}, formData({ teacherId: teacher.id }));
      expect(state.message).toMatch(/session has ended|not allowed/);
    }
    signInAs(admin);
    expect(await resetTeacherPasswordAction({}, formData({ teacherId: student.id }))).toMatchObject({
      message: "That account is not a teacher's.",
    });
    expect(await resetTeacherPasswordAction({}, formData({ teacherId: admin.id }))).toMatchObject({
      message: "That account is not a teacher's.",
    });
    expect(await login(teacher.id)).toEqual(before);
  });

  it("shows the new password once and ends the teacher's sessions", async () => {
    await db
      .update(users)
      .set({ passwordHash: await hashPassword("the-old-password") })
      .where(eq(users.id, teacher.id));
    signInAs(admin);
    const state = await resetTeacherPasswordAction({}, formData({ teacherId: teacher.id }));
    const after = await login(teacher.id);
    expect(after.sessions).toBe(0);
    expect(await verifyPassword(after.passwordHash, state.result!.password)).toBe(true);
    expect(await verifyPassword(after.passwordHash, "the-old-password")).toBe(false);
  });
});
