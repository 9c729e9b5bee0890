import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClass, setClassArchived } from "@/db/mutations/classes";
import { joinClass } from "@/db/mutations/enrollments";
import { findManagedClass, getManagedClass, listManagedClasses } from "@/db/queries/classes";
import { listRoster } from "@/db/queries/rosters";
import { getStudentAccountAccess } from "@/db/queries/student-account-access";
import { findTeacher, listTeachers } from "@/db/queries/teachers";
import type { SessionUser } from "@/db/queries/users";
import { normalizeCode } from "@/lib/codes";
import { createAccount, deleteAccounts } from "../support/classroom";

let teacherA: SessionUser, teacherB: SessionUser, admin: SessionUser, student: SessionUser;
let classA: string, archivedA: string, classB: string;

beforeAll(async () => {
  [teacherA, teacherB, admin, student] = await Promise.all([
    createAccount("teacher", "Teacher A"),
    createAccount("teacher", "Teacher B"),
    createAccount("admin"),
    createAccount("student", "Scoped Student"),
  ]);
  const a = await createClass(teacherA.id, { name: "A's class", section: null, schoolYear: null });
  classA = a.id;
  archivedA = (await createClass(teacherA.id, { name: "A's old class", section: null, schoolYear: null })).id;
  await setClassArchived(archivedA, true);
  classB = (await createClass(teacherB.id, { name: "B's class", section: null, schoolYear: null })).id;
  await joinClass(student.id, normalizeCode(a.joinCode));
});

afterAll(async () => {
  await deleteAccounts([teacherA, teacherB, admin, student].filter(Boolean).map((u) => u.id));
});

describe("class reads are scoped to the viewer in the query", () => {
  it("lists a teacher's own classes, archived last, and every class for an administrator", async () => {
    const mine = await listManagedClasses(teacherA);
    expect(mine.map((c) => [c.name, c.archived, c.studentCount, c.otherTeacherName])).toEqual([
      ["A's class", false, 1, null],
      ["A's old class", true, 0, null],
    ]);
    const all = await listManagedClasses(admin);
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([classA, archivedA, classB]));
    expect(all.find((c) => c.id === classB)?.otherTeacherName).toBe("Teacher B");
    expect(await listManagedClasses(student)).toEqual([]);
  });

  it("hides another teacher's class, roster and students", async () => {
    expect(await getManagedClass(teacherB, classA)).toBeNull();
    expect(await findManagedClass(teacherB, classA)).toBeNull();
    expect(await listRoster(teacherB, classA)).toEqual([]);
    expect(await getStudentAccountAccess(teacherB, student.id)).toBeNull();
    expect(await getManagedClass(student, classA)).toBeNull();
    expect(await getManagedClass(teacherA, classA)).toMatchObject({ name: "A's class", teacherName: "Teacher A" });
    expect(await listRoster(admin, classA)).toEqual([
      expect.objectContaining({ id: student.id, name: "Scoped Student", teacherMade: false }),
    ]);
    expect(await getStudentAccountAccess(teacherA, student.id)).toMatchObject({
      id: student.id,
      resetPassword: "self-registered",
    });
  });

  it("shows teachers' accounts to administrators only", async () => {
    expect(await listTeachers(teacherA)).toEqual([]);
    expect(await findTeacher(teacherA, teacherB.id)).toBeNull();
    expect((await listTeachers(admin)).map((t) => t.id)).toEqual(expect.arrayContaining([teacherA.id, teacherB.id]));
    expect(await findTeacher(admin, student.id)).toBeNull();
  });
});
