import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, selectRows } from "@/db";
import { listAssignmentOverview } from "@/db/queries/reports/class-overview";
import { listItemStatistics } from "@/db/queries/reports/item-analysis";
import { listStudentScores } from "@/db/queries/reports/exports";
import { listClassAssignments } from "@/db/queries/assignments";
import { listRoster } from "@/db/queries/rosters";
import type { SessionUser } from "@/db/queries/users";
import { answers, assignments, attempts, enrollments, questions, questionVersions, users } from "@/db/schema";
import { computeAssignmentReport, loadAssignmentReport } from "@/server/reports/assignment-report";
import { computeClassReport, loadClassReport } from "@/server/reports/class-report";
import { computeStudentWork, loadStudentReport } from "@/server/reports/student-report";
import { createAccount, createClassWithStudents, deleteAccounts } from "../support/classroom";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

/**
 * assignment_student_stats (migration 0010) is kept by triggers; reports read it instead of
 * scanning attempts and answers. Here random work (attempts started, answered, finished, retried,
 * written answers scored, answers and attempts deleted, an assignment and a student removed) is
 * written straight into the tables, and after each round every row must equal the scan of the
 * rows it summarizes, and the reports built on it must equal the reports' old scanning queries.
 */
const LESSON = "who-said-it";
const STUDENTS = 9;
const ROUNDS = 6;

// A seeded generator: a failure can be replayed (the seed is in the test's name).
const SEED = 20261203;
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

let teacher: SessionUser;
let students: SessionUser[];
let classId: string;
let assignmentIds: string[];
let versions: { questionId: string; id: number; options: string[] }[];

/** The summary as a scan computes it: the formula the reports used before the table. */
async function scanned(): Promise<Record<string, unknown>[]> {
  return selectRows(sql`
    select t.assignment_id, t.user_id, count(*)::int as attempts,
           coalesce(bool_or(t.completed_at is not null), false) as finished,
           coalesce(bool_or(t.completed_at is not null and not t.late), false) as on_time,
           max(t.score) filter (where t.completed_at is not null) as best,
           coalesce(sum((select count(*) from answers x where x.attempt_id = t.id and x.score is null)), 0)::int as awaiting_review,
           (select f.id from attempts f where f.assignment_id = t.assignment_id and f.user_id = t.user_id
              and f.completed_at is not null order by f.completed_at, f.number limit 1) as first_completed_attempt_id
    from attempts t join assignments a on a.id = t.assignment_id
    where a.class_id = ${classId}
    group by t.assignment_id, t.user_id
    order by t.assignment_id, t.user_id`);
}

async function kept(): Promise<Record<string, unknown>[]> {
  return selectRows(sql`
    select s.assignment_id, s.user_id, s.attempts, s.finished, s.on_time, s.best, s.awaiting_review,
           s.first_completed_attempt_id
    from assignment_student_stats s join assignments a on a.id = s.assignment_id
    where a.class_id = ${classId}
    order by s.assignment_id, s.user_id`);
}

/** The class report's overview as it was computed before the table (a lateral scan per student). */
async function overviewByScan(): Promise<Record<string, unknown>[]> {
  return selectRows(sql`
    select a.id, count(u.id)::int as assigned,
           count(u.id) filter (where st.finished)::int as completed,
           avg(st.best)::float8 as average_score,
           count(u.id) filter (where st.finished and not st.on_time)::int as late,
           coalesce(array_agg(u.name order by u.name) filter (where u.id is not null and not st.started), '{}') as not_started,
           coalesce(sum(st.awaiting), 0)::int as awaiting_review
    from assignments a
    left join enrollments en on en.class_id = a.class_id
      and (a.whole_class or exists (select 1 from assignment_students s where s.assignment_id = a.id and s.student_id = en.student_id))
    left join users u on u.id = en.student_id
    left join lateral (
      select max(t.score) filter (where t.completed_at is not null) as best,
             coalesce(bool_or(t.completed_at is not null and not t.late), false) as on_time,
             count(*) > 0 as started,
             coalesce(bool_or(t.completed_at is not null), false) as finished,
             sum((select count(*) from answers x where x.attempt_id = t.id and x.score is null)) as awaiting
      from attempts t where t.assignment_id = a.id and t.user_id = u.id
    ) st on true
    where a.class_id = ${classId}
    group by a.id
    order by a.id`);
}

/** The item analysis's counted attempts as they were found before: each student's first completed one. */
async function firstAttemptsByScan(assignmentId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(sql`
    select distinct on (t.user_id) t.id
    from assignments a
    join enrollments en on en.class_id = a.class_id
    join attempts t on t.assignment_id = a.id and t.user_id = en.student_id and t.completed_at is not null
    where a.id = ${assignmentId}
    order by t.user_id, t.completed_at, t.number`);
  return rows.map((r) => r.id).sort();
}

const liveStudents = () => students.filter((s) => !removed.has(s.id));
const removed = new Set<string>();
let clock = Date.parse("2026-11-01T08:00:00Z");
const later = () => new Date((clock += 60_000 + Math.floor(random() * 3_600_000)));

/** One random change, written as the app or a script would write it. */
async function randomWork(): Promise<void> {
  const student = pick(liveStudents());
  const assignmentId = pick(assignmentIds);
  const own = await db
    .select()
    .from(attempts)
    .where(sql`${attempts.userId} = ${student.id} and ${attempts.assignmentId} = ${assignmentId}`);
  const open = own.find((t) => t.completedAt === null);
  const roll = random();
  if (!open && roll < 0.5) {
    await db.insert(attempts).values({
      userId: student.id,
      lessonId: LESSON,
      assignmentId,
      number: own.length + 1,
      questionCount: versions.length,
      startedAt: later(),
    });
  } else if (open && roll < 0.8) {
    // Answer the next question; written work (a null score) now and then; finish when all are in.
    const given = await db.select().from(answers).where(eq(answers.attemptId, open.id));
    // The first question not answered yet (an answer deleted below leaves a gap, not the last one).
    const v = versions.find((x) => !given.some((g) => g.questionId === x.questionId))!;
    const awaiting = random() < 0.25;
    const score = awaiting ? null : pick([0, 0.5, 1]);
    await db.insert(answers).values({
      attemptId: open.id,
      questionId: v.questionId,
      questionVersionId: v.id,
      chosen: [pick(v.options)],
      score,
      correct: score === null ? null : score === 1,
      createdAt: later(),
    });
    if (given.length + 1 === versions.length) {
      await db.execute(sql`update attempts set completed_at = ${later().toISOString()}::timestamptz,
        score = attempt_score(${open.id}), late = ${random() < 0.3} where id = ${open.id}`);
    }
  } else if (roll < 0.9) {
    // A teacher scores one awaiting answer of this student's, and the attempt's score follows.
    const [waiting] = await selectRows<{ id: number; attempt_id: string }>(sql`
      select x.id, x.attempt_id from answers x join attempts t on t.id = x.attempt_id
      where t.user_id = ${student.id} and x.score is null limit 1`);
    if (waiting) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`update answers set score = 0.5, correct = false where id = ${waiting.id}`);
        await tx.execute(sql`update attempts set score = attempt_score(id) where id = ${waiting.attempt_id}
          and completed_at is not null`);
      });
    }
  } else if (roll < 0.95 && own.length > 0) {
    await db.delete(attempts).where(eq(attempts.id, pick(own).id));
  } else if (own.length > 0) {
    const [answer] = await db
      .select({ id: answers.id })
      .from(answers)
      .where(eq(answers.attemptId, pick(own).id))
      .limit(1);
    if (answer) await db.delete(answers).where(eq(answers.id, answer.id));
  }
}

/**
 * The reports as their cache serves them (server/reports/report-cache.ts) equal the reports
 * computed afresh: every kind of write above moves the class's token (migration 0011).
 */
async function expectCachedReportCurrent(when: string): Promise<void> {
  const cached = await loadClassReport(teacher, classId);
  expect(cached?.report, `${when}: the cached class report`).toEqual(
    await computeClassReport(teacher, classId, "Stats 7"),
  );
  const assignmentId = pick(assignmentIds);
  const report = await loadAssignmentReport(teacher, classId, assignmentId);
  expect(report?.report, `${when}: the cached assignment report`).toEqual(
    await computeAssignmentReport(teacher, classId, assignmentId),
  );
  const student = pick(students);
  const page = await loadStudentReport(teacher, classId, student.id);
  const { account, ...work } = page?.report ?? { account: null };
  expect(page ? work : null, `${when}: the cached student's page`).toEqual(
    await computeStudentWork(teacher, classId, student.id, teacher.timeZone),
  );
  expect(account === null || JSON.parse(page!.json).account).toEqual(account ?? true);
}

beforeAll(async () => {
  teacher = await createAccount("teacher");
  students = [];
  for (let i = 0; i < STUDENTS; i++) students.push(await createAccount("student", `Stats ${i}`));
  classId = await createClassWithStudents(teacher.id, { name: "Stats 7" }, students);
  const made = await db
    .insert(assignments)
    .values(
      [0, 1, 2].map((i) => ({
        classId,
        lessonId: LESSON,
        dueAt: new Date(Date.parse("2026-11-20T12:00:00Z") + i * 86_400_000),
        createdById: teacher.id,
      })),
    )
    .returning({ id: assignments.id });
  assignmentIds = made.map((a) => a.id);
  const rows = await db
    .select({ questionId: questions.id, id: questionVersions.id, options: questionVersions.options })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
    .where(eq(questions.lessonId, LESSON));
  versions = rows.slice(0, 4).map((r) => ({ ...r, options: r.options.map((o) => o.id) }));
});

afterAll(async () => {
  await deleteAccounts([teacher.id, ...students.map((s) => s.id)]);
});

describe(`assignment_student_stats on random work (seed ${SEED})`, () => {
  it("equals the scan after every round, and the reports built on it equal the old scanning queries", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < 40; i++) {
        await randomWork();
        await expectCachedReportCurrent(`round ${round}, write ${i}`);
      }
      if (round === 2) {
        // A student leaves the class (their rows stay, the reports leave them out), another's
        // account is erased (the rows go with it).
        await db.delete(enrollments).where(eq(enrollments.studentId, students[0]!.id));
        removed.add(students[0]!.id);
        await db.delete(users).where(eq(users.id, students[1]!.id));
        removed.add(students[1]!.id);
      }
      if (round === 4) {
        // An assignment is deleted: its attempts are kept, outside any assignment.
        await db.delete(assignments).where(eq(assignments.id, assignmentIds[2]!));
        assignmentIds = assignmentIds.slice(0, 2);
      }
      await expectCachedReportCurrent(`round ${round}, after the removals`);
      const expected = await scanned();
      expect(expected.length, `round ${round}: the random work reached some pairs`).toBeGreaterThan(0);
      expect(await kept(), `round ${round}`).toEqual(expected);

      const byScan = await overviewByScan();
      const overview = await listAssignmentOverview(teacher, classId);
      expect(
        overview
          .map((o) => ({
            id: o.id,
            assigned: o.assigned,
            completed: o.completed,
            average_score: o.averageScore,
            late: o.late,
            not_started: o.notStarted,
            awaiting_review: o.awaitingReview,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
        `round ${round}: the class report's overview`,
      ).toEqual(byScan);

      const listed = await listClassAssignments(teacher, classId);
      for (const a of listed) {
        const scan = byScan.find((b) => b.id === a.id)!;
        expect(a.completedCount, `round ${round}: the class page's completed count`).toBe(scan.completed);
        const awaiting = expected
          .filter((r) => r.assignment_id === a.id)
          .reduce((n, r) => n + (r.awaiting_review as number), 0);
        expect(a.awaitingReview, `round ${round}: the class page's awaiting count`).toBe(awaiting);
      }

      const roster = await listRoster(teacher, classId);
      for (const entry of roster) {
        const own = expected.filter((r) => r.user_id === entry.id && assignmentIds.includes(r.assignment_id as string));
        expect(entry.work.done, `round ${round}: ${entry.name} done`).toBe(own.filter((r) => r.finished).length);
        expect(entry.work.late, `round ${round}: ${entry.name} late`).toBe(
          own.filter((r) => r.finished && !r.on_time).length,
        );
      }

      for (const assignmentId of assignmentIds) {
        const stats = await listItemStatistics(teacher, classId, assignmentId);
        const firsts = await firstAttemptsByScan(assignmentId);
        const answered = await selectRows<{ question_id: string; n: number }>(sql`
          select question_id, count(*)::int as n from answers
          where attempt_id in (${sql.join(
            firsts.map((id) => sql`${id}::uuid`).concat(sql`null::uuid`),
            sql`, `,
          )}) group by question_id`);
        for (const item of stats) {
          expect(item.answered, `round ${round}: item ${item.questionId}`).toBe(
            answered.find((r) => r.question_id === item.questionId)?.n ?? 0,
          );
        }
      }
      const scores = await listStudentScores(teacher, classId, null, 100);
      expect(scores.length).toBeGreaterThan(0);
    }
  });
});

// Two writers for one student at once (a teacher scoring an answer of the first attempt while the
// student answers in a retry): the second must recompute after the first commits, or its row
// would miss the first's change. Only a server runs two transactions at once.
describe.skipIf(!process.env.DATABASE_URL)("assignment_student_stats under concurrent writers", () => {
  it("counts both writers' changes", async () => {
    const student = await createAccount("student", "Stats concurrent");
    students.push(student);
    const assignmentId = assignmentIds[0]!;
    const [first] = await db
      .insert(attempts)
      .values({ userId: student.id, lessonId: LESSON, assignmentId, number: 91, questionCount: 1, startedAt: later() })
      .returning({ id: attempts.id });
    const v = versions[0]!;
    const [waiting] = await db
      .insert(answers)
      .values({ attemptId: first!.id, questionId: v.questionId, questionVersionId: v.id, chosen: [v.options[0]!] })
      .returning({ id: answers.id });
    await db.execute(sql`update attempts set completed_at = now(), score = attempt_score(id) where id = ${first!.id}`);
    const [retry] = await db
      .insert(attempts)
      .values({ userId: student.id, lessonId: LESSON, assignmentId, number: 92, questionCount: 2, startedAt: later() })
      .returning({ id: attempts.id });

    let reviewed!: () => void;
    const reviewDone = new Promise<void>((resolve) => (reviewed = resolve));
    const review = db.transaction(async (tx) => {
      await tx.execute(sql`update answers set score = 1, correct = true where id = ${waiting!.id}`);
      await tx.execute(sql`update attempts set score = attempt_score(id) where id = ${first!.id}`);
      reviewed();
      // Still open while the student's answer arrives.
      await new Promise((r) => setTimeout(r, 300));
    });
    await reviewDone;
    const answer = db.insert(answers).values({
      attemptId: retry!.id,
      questionId: v.questionId,
      questionVersionId: v.id,
      chosen: [v.options[0]!],
      score: null,
    });
    await Promise.all([review, answer]);
    const [row] = await selectRows<{ best: number; awaiting_review: number }>(sql`
      select best, awaiting_review from assignment_student_stats where assignment_id = ${assignmentId} and user_id = ${student.id}`);
    const [truth] = await selectRows<{ best: number; awaiting_review: number }>(sql`
      select max(t.score) filter (where t.completed_at is not null) as best,
             (select count(*)::int from answers x join attempts t2 on t2.id = x.attempt_id
              where t2.assignment_id = ${assignmentId} and t2.user_id = ${student.id} and x.score is null) as awaiting_review
      from attempts t where t.assignment_id = ${assignmentId} and t.user_id = ${student.id}`);
    expect(row).toEqual(truth);
    expect(row!.awaiting_review).toBeGreaterThan(0);
  });
});
