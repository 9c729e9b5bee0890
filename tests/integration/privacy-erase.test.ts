import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eraseStudentAction } from "@/app/admin/students/actions";
import { eraseClassStudentAction } from "@/app/teach/classes/[classId]/students/[studentId]/actions";
import { db, selectRows } from "@/db";
import { listAssignmentOverview } from "@/db/queries/reports/class-overview";
import { listClassSkillScores } from "@/db/queries/reports/class-skills";
import type { SessionUser } from "@/db/queries/users";
import { answers, assignments, rateLimits, teacherInvites, users } from "@/db/schema";
import { hashCode } from "@/lib/codes";
import type { FormState } from "@/lib/form-state";
import { limitKey } from "@/lib/rate-limits/settings";
import { createAccount, createClassWithStudents, deleteAccounts, formData } from "../support/classroom";
import { Redirected, signInAs } from "../support/mock-session";
import { createClassAssignment, insertAnsweredAttempt, type Work } from "../support/privacy-work";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());
vi.mock("next/navigation", async () => (await import("../support/mock-session")).navigationModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));

type Person = SessionUser & { email: string };

let teacher: SessionUser, otherTeacher: SessionUser, admin: SessionUser;
let erin: Person, fay: SessionUser, gus: SessionUser;
let classId: string, otherClassId: string, assignmentId: string;
let erinWork: Work[];
/** Rows that name Erin without belonging to her: they must stay, with the reference cleared. */
let loginMadeByErin: string, inviteId: string, assignmentByErin: string;

async function withEmail(user: SessionUser): Promise<Person> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, user.id));
  return { ...user, email: row!.email! };
}

beforeAll(async () => {
  [teacher, otherTeacher, admin, fay, gus] = await Promise.all([
    createAccount("teacher", "Erase Teacher"),
    createAccount("teacher", "Neighbour Teacher"),
    createAccount("admin"),
    createAccount("student", "Fay Stays"),
    createAccount("student", "Gus Shared"),
  ]);
  erin = await withEmail(await createAccount("student", "Erin Erasable"));
  classId = await createClassWithStudents(teacher.id, { name: "Erase 101" }, [erin, fay, gus]);
  otherClassId = await createClassWithStudents(otherTeacher.id, { name: "Neighbours" }, [gus]);
  // A teacher erases only logins they made (getStudentAccountAccess); Fay signed up on her own.
  await db
    .update(users)
    .set({ createdById: teacher.id })
    .where(inArray(users.id, [erin.id, gus.id]));
  assignmentId = await createClassAssignment(classId, teacher.id);
  erinWork = [
    await insertAnsweredAttempt(erin.id, assignmentId, [true, true, true]),
    await insertAnsweredAttempt(erin.id, null, [true, false, true]),
  ];
  await insertAnsweredAttempt(fay.id, assignmentId, [false, false, true]);
  await insertAnsweredAttempt(gus.id, assignmentId, [true, false, false]);
  // References to Erin from rows that are not hers; a student would not normally make these.
  const [login] = await db
    .insert(users)
    .values({ name: "Made By Erin", username: `made-by-erin-${Date.now()}`, passwordHash: "x", createdById: erin.id })
    .returning({ id: users.id });
  loginMadeByErin = login!.id;
  const [invite] = await db
    .insert(teacherInvites)
    .values({
      codeHash: hashCode(`ERIN-${Date.now()}`),
      createdById: erin.id,
      usedById: erin.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: teacherInvites.id });
  inviteId = invite!.id;
  assignmentByErin = await createClassAssignment(classId, erin.id);
  await db.insert(rateLimits).values([
    { key: limitKey("answersPerAccount", erin.id), windowStartedAt: new Date(), hits: 3 },
    { key: limitKey("signInPerAccount", erin.email), windowStartedAt: new Date(), hits: 1 },
  ]);
});

afterAll(async () => {
  signInAs(null);
  await db.delete(users).where(eq(users.id, loginMadeByErin));
  await db.delete(teacherInvites).where(eq(teacherInvites.id, inviteId));
  await deleteAccounts([teacher, otherTeacher, admin, erin, fay, gus].filter(Boolean).map((u) => u.id));
});

type Column = { table: string; column: string };

/** Every column with a foreign key to users, from the live schema. */
async function columnsReferencingUsers(): Promise<Column[]> {
  return selectRows<Column>(sql`
    select kcu.table_name as "table", kcu.column_name as "column"
    from information_schema.referential_constraints rc
    join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name and ccu.constraint_schema = rc.unique_constraint_schema
    where ccu.table_schema = 'public' and ccu.table_name = 'users' and ccu.column_name = 'id'
    order by 1, 2`);
}

/** Every column of every app table that could hold an id, an email or a copy of them (text, uuid, json, arrays). */
async function searchableColumns(): Promise<Column[]> {
  return selectRows<Column>(sql`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = 'public' and (data_type in ('uuid', 'text', 'character varying', 'json', 'jsonb', 'ARRAY'))
      and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
    order by 1, 2`);
}

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/** The rows, anywhere, that mention any of `needles`, as "table.column: n". */
async function mentions(columns: Column[], needles: string[], exact: boolean): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of columns) {
    const match = exact
      ? sql`${ident(column)}::text in (${sql.join(
          needles.map((n) => sql`${n}`),
          sql`, `,
        )})`
      : sql`(${sql.join(
          needles.map((n) => sql`strpos(${ident(column)}::text, ${n}) > 0`),
          sql` or `,
        )})`;
    const [row] = await selectRows<{ n: number }>(sql`select count(*)::int as n from ${ident(table)} where ${match}`);
    if (row!.n > 0) found.push(`${table}.${column}: ${row!.n}`);
  }
  return found;
}

async function classFigures() {
  const [overview] = await listAssignmentOverview(teacher, classId).then((rows) =>
    rows.filter((r) => r.id === assignmentId),
  );
  const skills = await listClassSkillScores(teacher, classId);
  const [raw] = await selectRows<{ n: number }>(
    sql`select count(*)::int as n from answers x join attempts t on t.id = x.attempt_id where t.assignment_id = ${assignmentId}`,
  );
  return {
    completed: overview!.completed,
    averageScore: overview!.averageScore,
    skillStudents: new Set(skills.map((s) => s.studentId)).size,
    answers: raw!.n,
  };
}

async function erinAnswerCount(): Promise<number> {
  const rows = await db
    .select({ id: answers.id })
    .from(answers)
    .where(
      inArray(
        answers.attemptId,
        erinWork.map((w) => w.attemptId),
      ),
    );
  return rows.length;
}

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

describe("refusals leave the student untouched", () => {
  it.each([
    [
      "anonymous",
      () => null,
      eraseClassStudentAction,
      () => ({ classId, studentId: erin.id, confirmName: erin.name }),
      /session has ended/,
    ],
    [
      "a student of the class",
      () => fay,
      eraseClassStudentAction,
      () => ({ classId, studentId: erin.id, confirmName: erin.name }),
      /not allowed/,
    ],
    [
      "another teacher",
      () => otherTeacher,
      eraseClassStudentAction,
      () => ({ classId, studentId: erin.id, confirmName: erin.name }),
      /not on one of your class rosters/,
    ],
    [
      "another teacher, naming their own class",
      () => otherTeacher,
      eraseClassStudentAction,
      () => ({ classId: otherClassId, studentId: erin.id, confirmName: erin.name }),
      /not on one of your class rosters/,
    ],
    [
      "a teacher on the admin action",
      () => teacher,
      eraseStudentAction,
      () => ({ studentId: erin.id, confirmName: erin.name }),
      /not allowed/,
    ],
    [
      "the teacher, for a student who signed up on her own",
      () => teacher,
      eraseClassStudentAction,
      () => ({ classId, studentId: fay.id, confirmName: fay.name }),
      /^Fay Stays signed up with their own email, so only an administrator can erase this account\. Nothing was deleted\.$/,
    ],
    [
      "the teacher, with the wrong name typed",
      () => teacher,
      eraseClassStudentAction,
      () => ({ classId, studentId: erin.id, confirmName: "Erin" }),
      /does not match/,
    ],
    [
      "an administrator, with no name typed",
      () => admin,
      eraseStudentAction,
      () => ({ studentId: erin.id, confirmName: "" }),
      /fix the highlighted/,
    ],
  ] as [string, () => SessionUser | null, Action, () => Record<string, string>, RegExp][])(
    "%s",
    async (_who, user, action, input, message) => {
      signInAs(user());
      const result = await action({}, formData(input()));
      expect(result.ok).toBeFalsy();
      expect(result.message).toMatch(message);
      expect(await db.select({ id: users.id }).from(users).where(eq(users.id, erin.id))).toHaveLength(1);
      expect(await erinAnswerCount()).toBe(6);
    },
  );

  it("tells the teacher that a student also in another teacher's class is an administrator's to erase", async () => {
    signInAs(teacher);
    const result = await eraseClassStudentAction({}, formData({ classId, studentId: gus.id, confirmName: gus.name }));
    expect(result.message).toBe(
      "Gus Shared is also in another teacher's class, so only an administrator can erase this account. Nothing was deleted.",
    );
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, gus.id))).toHaveLength(1);
  });

  it("shows a wrong confirmation next to the field", async () => {
    signInAs(teacher);
    const result = await eraseClassStudentAction(
      {},
      formData({ classId, studentId: erin.id, confirmName: "Fay Stays" }),
    );
    expect(result.errors?.confirmName).toEqual(["Type Erin Erasable exactly as shown to confirm."]);
    expect(result.values).toEqual({ confirmName: "Fay Stays" });
  });
});

describe("the teacher erases a student", () => {
  it("leaves no row anywhere that references the student, and takes their answers out of the class report", async () => {
    const fkColumns = await columnsReferencingUsers();
    // The discovery itself must see the references the schema declares, or the scan proves nothing.
    expect(fkColumns.map((c) => `${c.table}.${c.column}`)).toEqual(
      expect.arrayContaining([
        "assignment_students.student_id",
        "assignments.created_by_id",
        "attempts.user_id",
        "classes.teacher_id",
        "enrollments.student_id",
        "lessons.owner_id",
        "sessions.user_id",
        "sources.owner_id",
        "teacher_invites.created_by_id",
        "teacher_invites.used_by_id",
        "users.created_by_id",
      ]),
    );
    const anyColumn = await searchableColumns();
    const needles = [erin.id, erin.email];
    const before = await mentions(anyColumn, needles, false);
    expect(before).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^users\.id: 1$/),
        expect.stringMatching(/^attempts\.user_id: 2$/),
        expect.stringMatching(/^enrollments\.student_id: 1$/),
      ]),
    );
    // Her account, attempts, enrolment, assignment, answers' attempts, the reports' summary of her
    // work (assignment_student_stats) … and her signed-in session.
    expect(await mentions(fkColumns, [erin.id], true)).toHaveLength(8);
    const figuresBefore = await classFigures();
    expect(figuresBefore).toMatchObject({ completed: 3, skillStudents: 3, answers: 9 });

    signInAs(teacher);
    const done = await eraseClassStudentAction(
      {},
      formData({ classId, studentId: erin.id, confirmName: "  erin   ERASABLE " }),
    ).catch((e: unknown) => e);
    expect(done).toBeInstanceOf(Redirected);
    expect((done as Redirected).url).toBe(`/teach/classes/${classId}/students/${erin.id}/erased`);

    expect(await mentions(fkColumns, [erin.id], true)).toEqual([]);
    expect(await mentions(anyColumn, needles, false)).toEqual([]);
    expect(await erinAnswerCount()).toBe(0);
    const hashedKeys = [limitKey("answersPerAccount", erin.id), limitKey("signInPerAccount", erin.email)];
    expect(await db.select().from(rateLimits).where(inArray(rateLimits.key, hashedKeys))).toEqual([]);
    // What only named her stays, with the reference cleared.
    expect(
      await db.select({ createdById: users.createdById }).from(users).where(eq(users.id, loginMadeByErin)),
    ).toEqual([{ createdById: null }]);
    expect(
      await db
        .select({ c: teacherInvites.createdById, u: teacherInvites.usedById })
        .from(teacherInvites)
        .where(eq(teacherInvites.id, inviteId)),
    ).toEqual([{ c: null, u: null }]);
    expect(
      await db.select({ c: assignments.createdById }).from(assignments).where(eq(assignments.id, assignmentByErin)),
    ).toEqual([{ c: null }]);

    const figuresAfter = await classFigures();
    expect(figuresAfter).toMatchObject({ completed: 2, skillStudents: 2, answers: 6 });
    // Fay scored 1/3 and Gus 1/3; Erin's 3/3 lifted the average before.
    expect(figuresBefore.averageScore).toBeCloseTo(5 / 9, 5);
    expect(figuresAfter.averageScore).toBeCloseTo(1 / 3, 5);
  });

  it("lets an administrator erase a student who is in two teachers' classes", async () => {
    signInAs(admin);
    const done = await eraseStudentAction({}, formData({ studentId: gus.id, confirmName: gus.name })).catch(
      (e: unknown) => e,
    );
    expect(done).toBeInstanceOf(Redirected);
    expect((done as Redirected).url).toBe("/admin/students?erased=1");
    expect(await mentions(await columnsReferencingUsers(), [gus.id], true)).toEqual([]);
    expect((await classFigures()).answers).toBe(3);
  });

  it("refuses to erase a teacher's account, even for an administrator", async () => {
    signInAs(admin);
    const result = await eraseStudentAction({}, formData({ studentId: teacher.id, confirmName: teacher.name }));
    expect(result.message).toMatch(/not on one of your class rosters/);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, teacher.id))).toHaveLength(1);
  });
});
