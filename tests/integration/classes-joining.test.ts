import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/(auth)/actions";
import { joinClassAction } from "@/app/join/actions";
import { db } from "@/db";
import { signUp } from "@/db/mutations/accounts";
import { createClass, rotateJoinCode, setClassArchived, setJoinEnabled } from "@/db/mutations/classes";
import { JOIN_REFUSALS } from "@/db/mutations/enrollments";
import type { SessionUser } from "@/db/queries/users";
import { enrollments, users } from "@/db/schema";
import { createAccount, deleteAccounts, formData } from "../support/classroom";
import { signInAs } from "../support/mock-session";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
// Sign-up signs the new account in (a redirect): here it only has to be asked to.
const signIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock("@/server/auth", () => ({ signIn, signOut: vi.fn() }));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));

let teacher: SessionUser, student: SessionUser, otherStudent: SessionUser;
let classId: string;
let code: string;
const emails: string[] = [];

const enrolled = async (studentId: string, inClass = classId) =>
  db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.classId, inClass), eq(enrollments.studentId, studentId)));

beforeAll(async () => {
  [teacher, student, otherStudent] = await Promise.all([
    createAccount("teacher"),
    createAccount("student"),
    createAccount("student"),
  ]);
  ({ id: classId, joinCode: code } = await createClass(teacher.id, {
    name: "Media Literacy",
    section: "Period 4",
    schoolYear: null,
  }));
});

afterAll(async () => {
  signInAs(null);
  if (emails.length) await db.delete(users).where(inArray(users.email, emails));
  await deleteAccounts([teacher, student, otherStudent].filter(Boolean).map((u) => u.id));
});

describe("joining a class with its code", () => {
  it("enrols a signed-in student, whatever the case and dashes of the code", async () => {
    signInAs(student);
    const typed = ` ${code.replace("-", "").toLowerCase()} `;
    const result = await joinClassAction({}, formData({ code: typed }));
    expect(result).toMatchObject({
      ok: true,
      message: "You joined Media Literacy (Period 4).",
      result: { className: "Media Literacy (Period 4)" },
    });
    expect(await enrolled(student.id)).toHaveLength(1);
  });

  it("is harmless the second time, and when repeated at once", async () => {
    signInAs(student);
    expect(await joinClassAction({}, formData({ code }))).toMatchObject({
      ok: true,
      message: "You are already in Media Literacy (Period 4).",
    });
    await Promise.all([1, 2, 3].map(() => joinClassAction({}, formData({ code }))));
    expect(await enrolled(student.id)).toHaveLength(1);
  });

  it("refuses a code while joining is off, and accepts it again once it is on", async () => {
    await setJoinEnabled(classId, false);
    signInAs(otherStudent);
    const refused = await joinClassAction({}, formData({ code }));
    expect(refused).toMatchObject({ message: JOIN_REFUSALS.disabled, errors: { code: [JOIN_REFUSALS.disabled] } });
    expect(await enrolled(otherStudent.id)).toEqual([]);
    await setJoinEnabled(classId, true);
    expect(await joinClassAction({}, formData({ code }))).toMatchObject({ ok: true });
    await db.delete(enrollments).where(eq(enrollments.studentId, otherStudent.id));
  });

  it("refuses the old code after the teacher replaces it; the new one works", async () => {
    const old = code;
    code = await rotateJoinCode(classId);
    signInAs(otherStudent);
    expect(await joinClassAction({}, formData({ code: old }))).toMatchObject({ message: JOIN_REFUSALS.unknown });
    expect(await enrolled(otherStudent.id)).toEqual([]);
    expect(await joinClassAction({}, formData({ code }))).toMatchObject({ ok: true });
    await db.delete(enrollments).where(eq(enrollments.studentId, otherStudent.id));
  });

  it("refuses an archived class", async () => {
    await setClassArchived(classId, true);
    signInAs(otherStudent);
    expect(await joinClassAction({}, formData({ code }))).toMatchObject({ message: JOIN_REFUSALS.archived });
    expect(await enrolled(otherStudent.id)).toEqual([]);
    await setClassArchived(classId, false);
  });

  it("is for students only, and for signed-in ones", async () => {
    signInAs(teacher);
    expect((await joinClassAction({}, formData({ code }))).message).toMatch(/^Class codes are for students/);
    expect(await enrolled(teacher.id)).toEqual([]);
    signInAs(null);
    expect((await joinClassAction({}, formData({ code }))).message).toMatch(/session has ended/);
  });

  it("asks for a code when none is given", async () => {
    signInAs(otherStudent);
    expect((await joinClassAction({}, formData({ code: " - " }))).errors?.code).toEqual([
      "Enter the class code from your teacher.",
    ]);
  });
});

describe("signing up on the spot with a class code", () => {
  const newStudent = (joinCode: string) => {
    const email = `joiner-${randomUUID()}@byline.test`;
    emails.push(email);
    return {
      name: "New Joiner",
      email,
      password: "a-long-password-1",
      confirmAge: "on" as const,
      timeZone: "Europe/Berlin",
      joinCode,
    };
  };
  const accountFor = (email: string) =>
    db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));

  it("creates the student and enrols them in one step", async () => {
    signInAs(null);
    const input = newStudent(code.toLowerCase());
    // Signed up and signed in: the action sends the student home.
    await expect(signUpAction({}, formData(input))).rejects.toMatchObject({
      digest: expect.stringContaining(";/home;"),
    });
    const [account] = await accountFor(input.email);
    expect(account).toMatchObject({ role: "student" });
    expect(await enrolled(account!.id)).toHaveLength(1);
    expect(signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ identifier: input.email }));
  });

  it("creates no account when the code is refused", async () => {
    await setJoinEnabled(classId, false);
    const input = newStudent(code);
    const result = await signUpAction({}, formData(input));
    expect(result.errors?.joinCode).toEqual([JOIN_REFUSALS.disabled]);
    expect(result.values).toMatchObject({ joinCode: code, email: input.email });
    expect(await accountFor(input.email)).toEqual([]);
    await setJoinEnabled(classId, true);
  });

  it("refuses a class code together with a teacher invite", async () => {
    const input = newStudent(code);
    const result = await signUp({ ...input, joinCode: code.replace("-", ""), inviteCode: "TEACH-AAAA-BBBB-CCCC" });
    expect(result).toMatchObject({ ok: false, field: "joinCode" });
    expect(await accountFor(input.email)).toEqual([]);
  });
});
