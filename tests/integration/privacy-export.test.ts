import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as ownData } from "@/app/account/data/route";
import { GET as adminStudentData } from "@/app/admin/students/[studentId]/data/route";
import { GET as classStudentData } from "@/app/teach/classes/[classId]/students/[studentId]/data/route";
import type { StudentDataExport } from "@/db/queries/privacy";
import type { SessionUser } from "@/db/queries/users";
import { createAccount, createClassWithStudents, deleteAccounts } from "../support/classroom";
import { signInAs } from "../support/mock-session";
import { createClassAssignment, insertAnsweredAttempt, type Work } from "../support/privacy-work";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

let teacher: SessionUser, otherTeacher: SessionUser, admin: SessionUser;
let amy: SessionUser, bob: SessionUser, outsider: SessionUser;
let classId: string, otherClassId: string;
let amyClassWork: Work, amyOtherClassWork: Work, amyPractice: Work, bobWork: Work;

beforeAll(async () => {
  [teacher, otherTeacher, admin, amy, bob, outsider] = await Promise.all([
    createAccount("teacher", "Export Teacher"),
    createAccount("teacher", "Second Teacher"),
    createAccount("admin"),
    createAccount("student", "Amy Export"),
    createAccount("student", "Bob Neighbour"),
    createAccount("student", "Olga Outsider"),
  ]);
  classId = await createClassWithStudents(teacher.id, { name: "Export 101" }, [amy, bob]);
  otherClassId = await createClassWithStudents(otherTeacher.id, { name: "Elsewhere 202" }, [amy]);
  const assignmentId = await createClassAssignment(classId, teacher.id);
  const otherAssignmentId = await createClassAssignment(otherClassId, otherTeacher.id);
  amyClassWork = await insertAnsweredAttempt(amy.id, assignmentId, [true, false, true]);
  amyOtherClassWork = await insertAnsweredAttempt(amy.id, otherAssignmentId, [false, false, true]);
  amyPractice = await insertAnsweredAttempt(amy.id, null, [true, true, true]);
  bobWork = await insertAnsweredAttempt(bob.id, assignmentId, [false, true, false]);
});

afterAll(async () => {
  signInAs(null);
  await deleteAccounts([teacher, otherTeacher, admin, amy, bob, outsider].filter(Boolean).map((u) => u.id));
});

const classRoute = (studentId: string, klass = classId) =>
  classStudentData(new Request("http://x/"), { params: Promise.resolve({ classId: klass, studentId }) });
const adminRoute = (studentId: string) =>
  adminStudentData(new Request("http://x/"), { params: Promise.resolve({ studentId }) });

async function download(response: Response): Promise<{ data: StudentDataExport; text: string }> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="byline-data-amy-export-\d{4}-\d\d-\d\d\.json"$/,
  );
  expect(response.headers.get("cache-control")).toBe("no-store");
  const text = await response.text();
  return { data: JSON.parse(text) as StudentDataExport, text };
}

/** Nothing of Bob (the classmate) and no secret of Amy's may be in Amy's file. */
function expectNothingForeign(text: string) {
  for (const foreign of [bob.id, bob.name, bobWork.attemptId, outsider.id, "not-a-real-hash"])
    expect(text).not.toContain(foreign);
  expect(text).not.toMatch(
    /"(passwordHash|password_hash|sessionVersion|session_version|explanation|feedback|answer|evidence)"/,
  );
}

describe("a student downloads their own data", () => {
  it("holds the account without secrets, both classes, the assignments and every attempt with prompts and chosen options", async () => {
    signInAs(amy);
    const { data, text } = await download(await ownData());
    expect(data).toMatchObject({ format: "byline-student-data", version: 1, scope: "everything" });
    expect(data.account).toMatchObject({
      id: amy.id,
      name: "Amy Export",
      role: "student",
      timeZone: "UTC",
      username: null,
    });
    expect(data.account.email).toMatch(/^student-.*@byline\.test$/);
    expect(Object.keys(data.account).sort()).toEqual(
      [
        "ageConfirmedAt",
        "createdAt",
        "email",
        "id",
        "loginCreatedByTeacher",
        "name",
        "role",
        "timeZone",
        "updatedAt",
        "username",
      ].sort(),
    );
    expect(data.classes.map((c) => c.name).sort()).toEqual(["Elsewhere 202", "Export 101"]);
    expect(data.assignments.map((a) => a.classId).sort()).toEqual([classId, otherClassId].sort());
    expect(data.attempts.map((a) => a.id).sort()).toEqual(
      [amyClassWork.attemptId, amyOtherClassWork.attemptId, amyPractice.attemptId].sort(),
    );
    const inClass = data.attempts.find((a) => a.id === amyClassWork.attemptId)!;
    expect(inClass.answers.map((a) => a.prompt)).toEqual(amyClassWork.prompts);
    expect(inClass.answers.map((a) => a.chosen[0]!.text)).toEqual(amyClassWork.chosenTexts);
    expect(inClass.answers.map((a) => a.correct)).toEqual([true, false, true]);
    expect(Object.keys(inClass.answers[0]!).sort()).toEqual([
      "answeredAt",
      "chosen",
      "correct",
      "evidenceCredit",
      "kind",
      "marks",
      "prompt",
      "questionId",
      "response",
      "review",
      "score",
      "shownOrder",
      "skill",
      "timeSpentMs",
    ]);
    expectNothingForeign(text);
  });

  it("is refused without a session", async () => {
    signInAs(null);
    const response = await ownData();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-disposition")).toBeNull();
  });
});

describe("a teacher or an administrator exports a student's data", () => {
  it("gives the teacher the account and the work in their own classes only", async () => {
    signInAs(teacher);
    const { data, text } = await download(await classRoute(amy.id));
    expect(data.scope).toBe("teacher-classes");
    expect(data.account.id).toBe(amy.id);
    expect(data.classes.map((c) => c.id)).toEqual([classId]);
    expect(data.assignments.map((a) => a.classId)).toEqual([classId]);
    expect(data.attempts.map((a) => a.id)).toEqual([amyClassWork.attemptId]);
    expect(text).not.toContain("Elsewhere 202");
    expect(text).not.toContain(amyPractice.attemptId);
    expectNothingForeign(text);
  });

  it("gives an administrator everything, from the class page or the admin page", async () => {
    signInAs(admin);
    for (const response of [await classRoute(amy.id), await adminRoute(amy.id)]) {
      const { data, text } = await download(response);
      expect(data.scope).toBe("everything");
      expect(data.attempts).toHaveLength(3);
      expectNothingForeign(text);
    }
  });

  it.each([
    ["anonymous", () => null, () => classRoute(amy.id), 401],
    ["a student, on the class route", () => bob, () => classRoute(amy.id), 403],
    ["a student, on the admin route", () => amy, () => adminRoute(amy.id), 403],
    ["a teacher, on the admin route", () => teacher, () => adminRoute(amy.id), 403],
    ["another teacher, for a student not on their rosters", () => otherTeacher, () => classRoute(bob.id), 404],
    [
      "another teacher, naming a class of theirs the student is not in",
      () => otherTeacher,
      () => classRoute(bob.id, otherClassId),
      404,
    ],
    ["the teacher, for a student on no roster of theirs", () => teacher, () => classRoute(outsider.id), 404],
    ["the teacher, for a malformed id", () => teacher, () => classRoute("not-a-uuid"), 404],
  ] as [string, () => SessionUser | null, () => Promise<Response>, number][])(
    "refuses %s",
    async (_who, user, call, status) => {
      signInAs(user());
      const response = await call();
      expect(response.status).toBe(status);
      expect(response.headers.get("content-disposition")).toBeNull();
      const text = await response.text();
      expect(text).not.toContain(amy.name);
      expect(text).not.toContain(bob.name);
    },
  );
});
