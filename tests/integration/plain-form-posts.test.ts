import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as signInRoute from "@/app/(auth)/sign-in/submit/route";
import * as signUpRoute from "@/app/(auth)/sign-up/submit/route";
import * as joinRoute from "@/app/join/submit/route";
import * as createClassRoute from "@/app/teach/classes/route";
import * as assignmentsRoute from "@/app/teach/classes/[classId]/assignments/route";
import * as studentsRoute from "@/app/teach/classes/[classId]/students/route";
import { db } from "@/db";
import { createClass } from "@/db/mutations/classes";
import type { SessionUser } from "@/db/queries/users";
import { assignments, classes, enrollments, users } from "@/db/schema";
import { readFormResult } from "@/server/forms/read-result";
import { openFormResult } from "@/lib/forms/result-cookie";
import { addStudentsResultSchema } from "@/server/forms/rosters";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { classSnapshot, createAccount, deleteAccounts, formData } from "../support/classroom";
import { signInAs } from "../support/mock-session";
import { request } from "../support/request-headers";

// The session check is the mock's; signing in is next-auth's own (server/auth.ts), with its limits.
vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

const ORIGIN = "http://byline.test";
const PASSWORD = "plain-post-password-1";
const LIMITS = ["BYLINE_LIMIT_SIGN_IN_ACCOUNT", "BYLINE_LIMIT_SIGN_UP_ADDRESS", "BYLINE_LIMIT_JOIN_ACCOUNT"];

type Route = { POST: (request: NextRequest, context: { params: Promise<never> }) => Promise<Response> };

/** A browser without JavaScript posting a form from the app's own pages. */
async function post(
  route: Route,
  path: string,
  fields: Record<string, string | string[]>,
  params: Record<string, string> = {},
  origin = ORIGIN,
) {
  const { NextRequest } = await import("next/server");
  const init = { method: "POST", headers: { host: "byline.test", origin }, body: formData(fields) };
  return route.POST(new NextRequest(new URL(path, ORIGIN), init), { params: Promise.resolve(params as never) });
}

/** The cookies a response sets, by name. */
const setCookies = (response: Response) =>
  new Map(response.headers.getSetCookie().map((c) => c.split(";")[0]!.split(/=(.*)/s).slice(0, 2) as [string, string]));

/** What the response left for the form's page to show, as that page reads it. */
function formResult(response: Response) {
  const cookies = setCookies(response);
  return openFormResult((name) => cookies.get(name) || undefined, process.env.AUTH_SECRET!);
}

/** next-auth set its session cookie through next/headers (named __Secure-… where it assumes https). */
const hasSessionCookie = () => [...(request.jar?.keys() ?? [])].some((name) => name.endsWith("authjs.session-token"));

const freshAddress = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

let student: SessionUser, teacher: SessionUser, otherTeacher: SessionUser;
let studentEmail: string;
let classId: string, joinCode: string;
const signedUp: string[] = [];

beforeAll(async () => {
  [student, teacher, otherTeacher] = await Promise.all([
    createAccount("student", "Plain Poster"),
    createAccount("teacher", "Ms. Plain"),
    createAccount("teacher"),
  ]);
  studentEmail = `plain-${randomUUID()}@byline.test`;
  await db
    .update(users)
    .set({ email: studentEmail, passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, student.id));
  ({ id: classId, joinCode } = await createClass(teacher.id, {
    name: "No Script",
    section: "Period 2",
    schoolYear: null,
  }));
});

afterEach(() => {
  for (const name of LIMITS) delete process.env[name];
  request.address = "203.0.113.10";
  request.jar = undefined;
  signInAs(null);
});

afterAll(async () => {
  if (signedUp.length) await db.delete(users).where(inArray(users.email, signedUp));
  await deleteAccounts([student, teacher, otherTeacher].filter(Boolean).map((u) => u.id));
});

describe("signing in without JavaScript", () => {
  it("sets the session cookie and goes on to where the visitor was going (303)", async () => {
    request.address = freshAddress();
    request.jar = new Map();
    const response = await post(signInRoute, "/sign-in/submit", {
      identifier: studentEmail,
      password: PASSWORD,
      next: "/progress",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/progress`);
    expect(hasSessionCookie()).toBe(true);
    expect([...setCookies(response).keys()].filter((name) => name.startsWith("byline_form"))).toEqual([]);

    // Only a path on this site is a destination.
    request.jar = new Map();
    const foreign = await post(signInRoute, "/sign-in/submit", {
      identifier: studentEmail,
      password: PASSWORD,
      next: "//evil.example/x",
    });
    expect(foreign.headers.get("location")).toBe(`${ORIGIN}/home`);
  });

  it("sends a wrong password back to the form with the message and the name typed, never the password", async () => {
    request.address = freshAddress();
    request.jar = new Map();
    const response = await post(signInRoute, "/sign-in/submit", {
      identifier: studentEmail,
      password: "not-the-password",
      next: "/progress",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/sign-in?next=%2Fprogress`);
    const result = formResult(response);
    expect(result).toEqual({
      form: "sign-in",
      state: {
        message: "That email or username and password don't match. Check them and try again.",
        values: { identifier: studentEmail },
      },
    });
    expect(JSON.stringify(result)).not.toContain("not-the-password");
    expect(hasSessionCookie()).toBe(false);
    expect(response.headers.getSetCookie().find((c) => c.startsWith("byline_form.0="))).toMatch(
      /Path=\/sign-in;.*HttpOnly/,
    );
  });

  it("counts against the same sign-in limits as the form with JavaScript", async () => {
    process.env.BYLINE_LIMIT_SIGN_IN_ACCOUNT = "2/15m";
    request.address = freshAddress();
    const account = await createAccount("student");
    const email = `limited-${randomUUID()}@byline.test`;
    await db
      .update(users)
      .set({ email, passwordHash: await hashPassword(PASSWORD) })
      .where(eq(users.id, account.id));
    try {
      for (const guess of ["guess-1", "guess-2"]) {
        expect(
          formResult(await post(signInRoute, "/sign-in/submit", { identifier: email, password: guess }))?.state.message,
        ).toMatch(/don't match/);
      }
      request.jar = new Map();
      const limited = await post(signInRoute, "/sign-in/submit", { identifier: email, password: PASSWORD });
      expect(limited.headers.get("location")).toBe(`${ORIGIN}/sign-in`);
      expect(formResult(limited)?.state.message).toMatch(/^Too many sign-in attempts/);
      expect(hasSessionCookie()).toBe(false);
    } finally {
      await deleteAccounts([account.id]);
    }
  });
});

describe("signing up without JavaScript", () => {
  const newStudent = (extra: Record<string, string> = {}) => {
    const email = `plain-signup-${randomUUID()}@byline.test`;
    signedUp.push(email);
    return {
      name: "New Plain Student",
      email,
      password: "a-long-password-7",
      confirmAge: "on",
      timeZone: "UTC",
      ...extra,
    };
  };

  it("creates the account, signs it in and goes home; from /join it also enrols the student", async () => {
    request.address = freshAddress();
    request.jar = new Map();
    const input = newStudent({ joinCode: joinCode.toLowerCase() });
    const response = await post(signUpRoute, "/sign-up/submit", input);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/home`);
    expect(hasSessionCookie()).toBe(true);
    const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    expect(
      await db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, account!.id))),
    ).toHaveLength(1);
  });

  it("sends errors back to the page the form is on, with what was typed but not the password", async () => {
    request.address = freshAddress();
    const fromJoin = newStudent({ password: "short", joinCode });
    const response = await post(signUpRoute, "/sign-up/submit", fromJoin);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/join?code=${encodeURIComponent(joinCode)}`);
    const result = formResult(response)!;
    expect(result.form).toBe("sign-up");
    expect(result.state.errors?.password).toEqual(["Use at least 10 characters."]);
    expect(result.state.values).toEqual({ name: fromJoin.name, email: fromJoin.email, confirmAge: "on", joinCode });
    expect(JSON.stringify(result)).not.toContain('"short"');
    expect(await db.select().from(users).where(eq(users.email, fromJoin.email))).toEqual([]);

    const fromSignUp = await post(signUpRoute, "/sign-up/submit", newStudent({ confirmAge: "" }));
    expect(fromSignUp.headers.get("location")).toBe(`${ORIGIN}/sign-up`);
    expect(formResult(fromSignUp)?.state.errors?.confirmAge).toHaveLength(1);
  });

  it("counts against the limit of new accounts per address", async () => {
    process.env.BYLINE_LIMIT_SIGN_UP_ADDRESS = "1/1h";
    request.address = freshAddress();
    expect((await post(signUpRoute, "/sign-up/submit", newStudent())).headers.get("location")).toBe(`${ORIGIN}/home`);
    const second = newStudent();
    const refused = await post(signUpRoute, "/sign-up/submit", second);
    expect(formResult(refused)?.state.message).toMatch(/^Too many new accounts from this network/);
    expect(await db.select().from(users).where(eq(users.email, second.email))).toEqual([]);
  });
});

describe("joining a class without JavaScript", () => {
  it("enrols a student and says so on /join; refuses a teacher and a visitor without a session", async () => {
    signInAs(student);
    const response = await post(joinRoute, "/join/submit", { code: ` ${joinCode.replace("-", "").toLowerCase()} ` });
    expect(response.headers.get("location")).toBe(`${ORIGIN}/join`);
    expect(formResult(response)).toEqual({
      form: "join-class",
      state: { ok: true, message: "You joined No Script (Period 2).", result: { className: "No Script (Period 2)" } },
    });
    expect(
      await db
        .select()
        .from(enrollments)
        .where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, student.id))),
    ).toHaveLength(1);

    signInAs(otherTeacher);
    expect(formResult(await post(joinRoute, "/join/submit", { code: joinCode }))?.state).toEqual({
      message: "Class codes are for students. Teachers and administrators manage classes on the Teaching page.",
    });
    signInAs(null);
    expect(formResult(await post(joinRoute, "/join/submit", { code: joinCode }))?.state.message).toMatch(
      /session has ended/,
    );
    expect(await db.select().from(enrollments).where(eq(enrollments.studentId, otherTeacher.id))).toEqual([]);
  });

  it("counts against the class-code limits, and keeps the code typed", async () => {
    process.env.BYLINE_LIMIT_JOIN_ACCOUNT = "1/15m";
    request.address = freshAddress();
    const newcomer = await createAccount("student");
    try {
      signInAs(newcomer);
      expect(formResult(await post(joinRoute, "/join/submit", { code: "AAAA-AAAA" }))?.state.errors?.code).toHaveLength(
        1,
      );
      expect(formResult(await post(joinRoute, "/join/submit", { code: joinCode }))?.state).toMatchObject({
        message: expect.stringMatching(/^Too many class-code attempts/),
        values: { code: expect.any(String) },
      });
    } finally {
      await deleteAccounts([newcomer.id]);
    }
  });
});

describe("a teacher's forms without JavaScript", () => {
  it("creates a class and goes to its page; a student is refused and nothing is created", async () => {
    signInAs(otherTeacher);
    const response = await post(createClassRoute, "/teach/classes", {
      name: "Made Without Script",
      section: "P7",
      schoolYear: "",
    });
    expect(response.status).toBe(303);
    const [created] = await db.select().from(classes).where(eq(classes.teacherId, otherTeacher.id));
    expect(created).toMatchObject({ name: "Made Without Script", section: "P7", schoolYear: null });
    // The page rendered per request: the prerendered class page needs a script.
    expect(response.headers.get("location")).toBe(`${ORIGIN}/teach/classes/${created!.id}?plain`);

    const invalid = await post(createClassRoute, "/teach/classes", { name: "", section: "Kept" });
    expect(invalid.headers.get("location")).toBe(`${ORIGIN}/teach#create-class`);
    expect(formResult(invalid)?.state).toMatchObject({
      errors: { name: ["Enter the class name."] },
      values: { name: "", section: "Kept" },
    });

    signInAs(student);
    const refused = await post(createClassRoute, "/teach/classes", { name: "Not mine to make" });
    expect(formResult(refused)?.state).toEqual({ message: "Your account is not allowed to do this." });
    expect(await db.select().from(classes).where(eq(classes.name, "Not mine to make"))).toEqual([]);
  });

  it("refuses a cross-site post before reading it", async () => {
    signInAs(teacher);
    const response = await post(
      createClassRoute,
      "/teach/classes",
      { name: "Cross-site class" },
      {},
      "https://evil.example",
    );
    expect(response.status).toBe(403);
    expect(await db.select().from(classes).where(eq(classes.name, "Cross-site class"))).toEqual([]);
  });

  it("makes logins for the class in the address and shows them once on the class page", async () => {
    signInAs(teacher);
    const { id: decoy } = await createClass(otherTeacher.id, { name: "Decoy", section: null, schoolYear: null });
    // The hidden field names another teacher's class: the address decides, and the handler checks it.
    const response = await post(
      studentsRoute,
      `/teach/classes/${classId}/students`,
      { classId: decoy, names: "Ada Plain\nBo Script\n1234" },
      { classId },
    );
    expect(response.headers.get("location")).toBe(`${ORIGIN}/teach/classes/${classId}?plain#add-students`);
    const result = formResult(response)!;
    expect(result.form).toBe("add-students");
    expect(result.state).toMatchObject({
      ok: true,
      message: "Created 2 student logins. 1 line was skipped: see below.",
    });
    const sheet = addStudentsResultSchema.parse(result.state.result);
    expect(sheet.problems).toEqual([{ line: 3, text: "1234", reason: "The name has no letters." }]);
    for (const login of sheet.created) {
      const [stored] = await db
        .select({ hash: users.passwordHash })
        .from(users)
        .where(eq(users.username, login.username));
      expect(await verifyPassword(stored!.hash!, login.password)).toBe(true);
    }
    expect((await classSnapshot(decoy)).roster).toEqual([]);
    expect(response.headers.getSetCookie().find((c) => c.startsWith("byline_form.0="))).toMatch(
      new RegExp(`Path=/teach/classes/${classId};`),
    );

    // The class page reads the sheet from the cookie, for its own form only.
    request.jar = new Map([...setCookies(response)].map(([name, value]) => [name, { name, value }]));
    expect((await readFormResult("add-students", addStudentsResultSchema))?.result?.created).toEqual(sheet.created);
    expect(await readFormResult("create-assignment")).toBeUndefined();

    signInAs(otherTeacher);
    const before = await classSnapshot(classId);
    const refused = await post(
      studentsRoute,
      `/teach/classes/${classId}/students`,
      { names: "Eve Intruder" },
      { classId },
    );
    expect(formResult(refused)?.state).toEqual({ message: "That class is not one of yours." });
    expect(await classSnapshot(classId)).toEqual(before);
  });

  it("assigns a lesson to the class in the address, and only the class's teacher may", async () => {
    signInAs(teacher);
    const fields = { lessonId: "who-said-it", opensAt: "", dueAt: "2031-02-03T09:30", audience: "class" };
    const response = await post(assignmentsRoute, `/teach/classes/${classId}/assignments`, fields, { classId });
    expect(response.headers.get("location")).toBe(`${ORIGIN}/teach/classes/${classId}?plain#assign-lesson`);
    expect(formResult(response)?.state).toEqual({ ok: true, message: "Assignment created." });
    expect(
      await db.select({ lessonId: assignments.lessonId }).from(assignments).where(eq(assignments.classId, classId)),
    ).toEqual([{ lessonId: "who-said-it" }]);

    const invalid = await post(
      assignmentsRoute,
      `/teach/classes/${classId}/assignments`,
      { ...fields, dueAt: "" },
      { classId },
    );
    expect(formResult(invalid)?.state).toMatchObject({
      errors: { dueAt: expect.any(Array) },
      values: { lessonId: "who-said-it", audience: "class" },
    });

    signInAs(otherTeacher);
    const before = await classSnapshot(classId);
    const refused = await post(assignmentsRoute, `/teach/classes/${classId}/assignments`, fields, { classId });
    expect(formResult(refused)?.state).toEqual({ message: "That class is not one of yours." });
    expect(await classSnapshot(classId)).toEqual(before);
  });
});

describe("a plain endpoint asked for as a page", () => {
  it("sends the browser on to the page its form is on (303), never a bare 405", async () => {
    const { NextRequest } = await import("next/server");
    const get = (route: { GET: Route["POST"] }, path: string, params: Record<string, string> = {}) =>
      route.GET(new NextRequest(new URL(path, ORIGIN), { headers: { host: "byline.test" } }), {
        params: Promise.resolve(params as never),
      });
    const classId = randomUUID();
    const cases: [Response, string][] = [
      [await get(signInRoute, "/sign-in/submit"), "/sign-in"],
      [await get(signUpRoute, "/sign-up/submit"), "/sign-up"],
      [await get(joinRoute, "/join/submit"), "/join"],
      [await get(createClassRoute, "/teach/classes"), "/teach#create-class"],
      [
        await get(studentsRoute, `/teach/classes/${classId}/students`, { classId }),
        `/teach/classes/${classId}?plain#add-students`,
      ],
      [
        await get(assignmentsRoute, `/teach/classes/${classId}/assignments`, { classId }),
        `/teach/classes/${classId}?plain#assign-lesson`,
      ],
    ];
    for (const [response, page] of cases) {
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`${ORIGIN}${page}`);
      // Nothing is run and nothing is left for the page.
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });
});
