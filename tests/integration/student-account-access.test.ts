import { asc, eq, inArray, or } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetStudentPasswordAction } from "@/app/teach/classes/[classId]/roster-actions";
import { eraseClassStudentAction } from "@/app/teach/classes/[classId]/students/[studentId]/actions";
import { db } from "@/db";
import { getStudentAccountView, getStudentPrivacySummary } from "@/db/queries/privacy";
import { getStudentAccountAccess, type StudentAccountAccess } from "@/db/queries/student-account-access";
import type { SessionUser } from "@/db/queries/users";
import { answers, attempts, enrollments, users } from "@/db/schema";
import { logger } from "@/lib/logger";
import { verifyPassword } from "@/lib/passwords";
import { createTeacherMadeLogin, type StudentLogin } from "../support/authorization-world";
import { createAccount, createClassWithStudents, deleteAccounts, formData } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";
import { createClassAssignment, insertAnsweredAttempt } from "../support/privacy-work";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

let owner: SessionUser, otherTeacher: SessionUser, admin: SessionUser, selfRegistered: SessionUser, loner: SessionUser;
let ownerClass: string, otherClass: string;
/** Made by the owner: on the owner's roster only; also in the other teacher's class; only in the other teacher's class. */
let made: StudentLogin, madeShared: StudentLogin, madeElsewhere: StudentLogin;
/** Made by the other teacher, in both teachers' classes; made by a teacher whose account is gone. */
let othersLogin: StudentLogin, orphan: StudentLogin;

beforeAll(async () => {
  [owner, otherTeacher, admin, selfRegistered, loner] = await Promise.all([
    createAccount("teacher", "Credentials Owner"),
    createAccount("teacher", "Credentials Neighbour"),
    createAccount("admin"),
    createAccount("student", "Sam Self"),
    createAccount("student", "Lone Learner"),
  ]);
  ownerClass = await createClassWithStudents(owner.id, { name: "Owner's credentials class" }, [selfRegistered]);
  otherClass = await createClassWithStudents(otherTeacher.id, { name: "Neighbour's class" }, []);
  made = await createTeacherMadeLogin(owner.id, "Mia Made", [ownerClass]);
  madeShared = await createTeacherMadeLogin(owner.id, "Noor Shared", [ownerClass, otherClass]);
  madeElsewhere = await createTeacherMadeLogin(owner.id, "Ola Moved", [otherClass]);
  othersLogin = await createTeacherMadeLogin(otherTeacher.id, "Pat Neighbour", [otherClass, ownerClass]);
  const gone = await createAccount("teacher", "Departed Teacher");
  orphan = await createTeacherMadeLogin(gone.id, "Quinn Orphan", [ownerClass]);
  await db.delete(users).where(eq(users.id, gone.id));
  const assignmentId = await createClassAssignment(ownerClass, owner.id);
  for (const student of [selfRegistered, othersLogin, madeShared])
    await insertAnsweredAttempt(student.id, assignmentId, [true, false, true]);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([owner, otherTeacher, admin, selfRegistered, loner].filter(Boolean).map((u) => u.id));
  if (orphan) await deleteAccounts([orphan.id]);
});

type Verdict = Pick<StudentAccountAccess, "resetPassword" | "erase"> | null;
const both = (verdict: StudentAccountAccess["resetPassword"]): Verdict => ({ resetPassword: verdict, erase: verdict });

describe("getStudentAccountAccess: who may reset a student's password or erase the account", () => {
  it.each([
    ["the owner, a login they made", () => owner, () => made, both("allowed")],
    [
      "the owner, a login they made that is also in another teacher's class",
      () => owner,
      () => madeShared,
      { resetPassword: "allowed", erase: "in-another-teachers-class" },
    ],
    ["the owner, a login they made that is on none of their rosters now", () => owner, () => madeElsewhere, null],
    ["the owner, a self-registered student in their class", () => owner, () => selfRegistered, both("self-registered")],
    [
      "the owner, another teacher's login in their class",
      () => owner,
      () => othersLogin,
      both("another-teachers-login"),
    ],
    ["the owner, a login whose teacher's account is gone", () => owner, () => orphan, both("another-teachers-login")],
    [
      "the other teacher, the login they made (also in the owner's class)",
      () => otherTeacher,
      () => othersLogin,
      { resetPassword: "allowed", erase: "in-another-teachers-class" },
    ],
    [
      "the other teacher, a self-registered student not on their rosters",
      () => otherTeacher,
      () => selfRegistered,
      null,
    ],
    ["an administrator, a self-registered student", () => admin, () => selfRegistered, both("allowed")],
    ["an administrator, another teacher's login in two classes", () => admin, () => othersLogin, both("allowed")],
    ["an administrator, a student in no class", () => admin, () => loner, both("allowed")],
    ["a student, another student", () => selfRegistered, () => made, null],
    ["an administrator, a teacher's account", () => admin, () => owner, null],
  ] as [string, () => SessionUser, () => StudentLogin, Verdict][])("%s", async (_case, viewer, student, expected) => {
    const access = await getStudentAccountAccess(viewer(), student().id);
    expect(access && { resetPassword: access.resetPassword, erase: access.erase }).toEqual(expected);
    // A student's page in a class reads the same verdict and privacy summary in one statement.
    expect(await getStudentAccountView(viewer(), student().id)).toEqual({
      privacy: await getStudentPrivacySummary(viewer(), student().id),
      access,
    });
  });
});

/** Everything a reset or an erasure of these students could change. */
async function studentRows(ids: string[]) {
  return {
    accounts: await db.select().from(users).where(inArray(users.id, ids)).orderBy(asc(users.id)),
    rosters: await db
      .select()
      .from(enrollments)
      .where(inArray(enrollments.studentId, ids))
      .orderBy(asc(enrollments.studentId), asc(enrollments.classId)),
    attempts: await db.select().from(attempts).where(inArray(attempts.userId, ids)).orderBy(asc(attempts.id)),
    answers: await db
      .select({ id: answers.id })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(or(...ids.map((id) => eq(attempts.userId, id))))
      .orderBy(asc(answers.id)),
  };
}

describe("a teacher is refused, told why, and nothing is written", () => {
  const everyone = () => [selfRegistered.id, othersLogin.id, madeShared.id, orphan.id];

  it.each([
    [
      "a self-registered student's password",
      () => selfRegistered,
      "Sam Self signs in with their own email: only they can change their password. An administrator can help if they are locked out. The password was not changed.",
    ],
    [
      "another teacher's login",
      () => othersLogin,
      "Another teacher made Pat Neighbour's login: only that teacher or an administrator can reset its password. The password was not changed.",
    ],
  ] as [string, () => StudentLogin, string][])("resetting %s", async (_case, student, message) => {
    const before = await studentRows(everyone());
    signInAs(owner);
    const result = await resetStudentPasswordAction({}, formData({ studentId: student().id }));
    expect(result).toEqual({ message });
    expect(await studentRows(everyone())).toEqual(before);
  });

  it.each([
    [
      "a self-registered student",
      () => selfRegistered,
      "Sam Self signed up with their own email, so only an administrator can erase this account. Nothing was deleted.",
    ],
    [
      "another teacher's login",
      () => othersLogin,
      "Another teacher made Pat Neighbour's login, so only an administrator can erase this account. Nothing was deleted.",
    ],
    [
      "a login they made that is also in another teacher's class",
      () => madeShared,
      "Noor Shared is also in another teacher's class, so only an administrator can erase this account. Nothing was deleted.",
    ],
  ] as [string, () => StudentLogin, string][])("erasing %s", async (_case, student, message) => {
    const before = await studentRows(everyone());
    signInAs(owner);
    const result = await eraseClassStudentAction(
      {},
      formData({ classId: ownerClass, studentId: student().id, confirmName: student().name }),
    );
    expect(result).toMatchObject({ message });
    expect(result.ok).toBeFalsy();
    expect(await studentRows(everyone())).toEqual(before);
  });

  it("refuses the teacher who made a login once it is on none of their rosters", async () => {
    const before = await studentRows([madeElsewhere.id]);
    signInAs(owner);
    expect(await resetStudentPasswordAction({}, formData({ studentId: madeElsewhere.id }))).toEqual({
      message: "That student is not on one of your class rosters.",
    });
    expect(await studentRows([madeElsewhere.id])).toEqual(before);
  });
});

describe("the teacher who made the login, and an administrator", () => {
  it("lets the teacher who made a login reset it, though the student is also in another teacher's class", async () => {
    const [before] = await db.select().from(users).where(eq(users.id, madeShared.id));
    signInAs(owner);
    const result = await resetStudentPasswordAction({}, formData({ studentId: madeShared.id }));
    expect(result).toMatchObject({ ok: true, result: { name: "Noor Shared" } });
    const [after] = await db.select().from(users).where(eq(users.id, madeShared.id));
    expect(after!.passwordHash).not.toBe(before!.passwordHash);
    expect(await verifyPassword(after!.passwordHash, result.result!.password)).toBe(true);
  });

  it("lets an administrator reset a self-registered student's password, and logs who did it without the password", async () => {
    const info = vi.spyOn(logger, "info");
    try {
      signInAs(admin);
      const result = await resetStudentPasswordAction({}, formData({ studentId: selfRegistered.id }));
      expect(result.ok).toBe(true);
      const [after] = await db
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, selfRegistered.id));
      expect(await verifyPassword(after!.passwordHash, result.result!.password)).toBe(true);
      const logged = info.mock.calls.find(([, message]) => message === "student password reset");
      expect(logged?.[0]).toEqual({ actorId: admin.id, actorRole: "admin", studentId: selfRegistered.id });
      expect(JSON.stringify(info.mock.calls)).not.toContain(result.result!.password);
    } finally {
      info.mockRestore();
    }
  });

  it("lets an administrator erase a self-registered student from the class page, and logs who did it", async () => {
    const info = vi.spyOn(logger, "info");
    try {
      signInAs(admin);
      const done = await eraseClassStudentAction(
        {},
        formData({ classId: ownerClass, studentId: selfRegistered.id, confirmName: selfRegistered.name }),
      ).catch((e: unknown) => e);
      expect(done).toBeInstanceOf(Redirected);
      expect(await db.select({ id: users.id }).from(users).where(eq(users.id, selfRegistered.id))).toEqual([]);
      const logged = info.mock.calls.find(([, message]) => message === "student account erased");
      expect(logged?.[0]).toMatchObject({ actorId: admin.id, actorRole: "admin", studentId: selfRegistered.id });
    } finally {
      info.mockRestore();
    }
  });

  it("lets the teacher erase a login they made that is only on their rosters", async () => {
    signInAs(owner);
    const done = await eraseClassStudentAction(
      {},
      formData({ classId: ownerClass, studentId: made.id, confirmName: made.name }),
    ).catch((e: unknown) => e);
    expect(done).toBeInstanceOf(Redirected);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, made.id))).toEqual([]);
  });
});
