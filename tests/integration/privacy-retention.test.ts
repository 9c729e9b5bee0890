import { spawnSync } from "node:child_process";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { purgeArchivedClassWork } from "@/db/mutations/privacy";
import { purgeEndedRateLimitWindows } from "@/db/mutations/rate-limits";
import type { SessionUser } from "@/db/queries/users";
import { answers, attempts, classes, rateLimits } from "@/db/schema";
import { retentionDaysSchema } from "@/lib/validations/privacy";
import { createAccount, createClassWithStudents, deleteAccounts } from "../support/classroom";
import { createClassAssignment, insertAnsweredAttempt } from "../support/privacy-work";

// The real clock: another file's class archived today must stay out of reach.
const NOW = new Date();
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

let teacher: SessionUser, student: SessionUser;
/** Attempt ids by the class they were made in (or "practice"). */
const work: Record<"expired" | "recent" | "active" | "practice", string> = {
  expired: "",
  recent: "",
  active: "",
  practice: "",
};
let expiredClassId: string;

async function classWithWork(name: string, archivedAt: Date | null): Promise<{ classId: string; attemptId: string }> {
  const classId = await createClassWithStudents(teacher.id, { name }, [student]);
  const assignmentId = await createClassAssignment(classId, teacher.id);
  const { attemptId } = await insertAnsweredAttempt(student.id, assignmentId, [true, false, true]);
  await db.update(classes).set({ archivedAt }).where(eq(classes.id, classId));
  return { classId, attemptId };
}

beforeAll(async () => {
  [teacher, student] = await Promise.all([
    createAccount("teacher", "Retention Teacher"),
    createAccount("student", "Retention Student"),
  ]);
  const expired = await classWithWork("Archived long ago", daysBefore(31));
  expiredClassId = expired.classId;
  work.expired = expired.attemptId;
  work.recent = (await classWithWork("Archived lately", daysBefore(29))).attemptId;
  work.active = (await classWithWork("Still running", null)).attemptId;
  work.practice = (await insertAnsweredAttempt(student.id, null, [true, true, true])).attemptId;
});

afterAll(async () => {
  await deleteAccounts([teacher, student].filter(Boolean).map((u) => u.id));
});

async function remaining(): Promise<Record<keyof typeof work, { attempts: number; answers: number }>> {
  const ids = Object.values(work);
  const attemptRows = await db.select({ id: attempts.id }).from(attempts).where(inArray(attempts.id, ids));
  const answerRows = await db
    .select({ attemptId: answers.attemptId })
    .from(answers)
    .where(inArray(answers.attemptId, ids));
  const count = (id: string) => ({
    attempts: attemptRows.filter((r) => r.id === id).length,
    answers: answerRows.filter((r) => r.attemptId === id).length,
  });
  return {
    expired: count(work.expired),
    recent: count(work.recent),
    active: count(work.active),
    practice: count(work.practice),
  };
}

describe("purging the work of classes archived past the retention period", () => {
  it("counts without deleting on a dry run", async () => {
    const report = await purgeArchivedClassWork({ retentionDays: 30, now: NOW, dryRun: true });
    expect(report.cutoff).toEqual(daysBefore(30));
    expect(report.attempts).toBeGreaterThanOrEqual(1);
    expect(report.answers).toBeGreaterThanOrEqual(3);
    expect((await remaining()).expired).toEqual({ attempts: 1, answers: 3 });
  });

  it("deletes the attempts and answers of classes archived more than N days ago, and nothing else", async () => {
    const report = await purgeArchivedClassWork({ retentionDays: 30, now: NOW });
    expect(report.attempts).toBeGreaterThanOrEqual(1);
    expect(report.answers).toBeGreaterThanOrEqual(3);
    expect(await remaining()).toEqual({
      expired: { attempts: 0, answers: 0 },
      recent: { attempts: 1, answers: 3 },
      active: { attempts: 1, answers: 3 },
      practice: { attempts: 1, answers: 3 },
    });
    // The class itself stays, archived, for its teacher to delete.
    expect(await db.select({ id: classes.id }).from(classes).where(eq(classes.id, expiredClassId))).toHaveLength(1);
  });

  it("reaches the later class once it too is past the period", async () => {
    await purgeArchivedClassWork({ retentionDays: 28, now: NOW });
    expect((await remaining()).recent).toEqual({ attempts: 0, answers: 0 });
    expect((await remaining()).active).toEqual({ attempts: 1, answers: 3 });
  });
});

describe("the retention setting", () => {
  it.each([
    [undefined, null],
    ["", null],
    [" 30 ", 30],
    ["0", 0],
  ] as const)("reads %j as %j", (value, days) => {
    expect(retentionDaysSchema.parse(value)).toBe(days);
  });

  it.each(["-1", "1.5", "thirty", "99999"])("refuses %j", (value) => {
    expect(retentionDaysSchema.safeParse(value).success).toBe(false);
  });

  /** The npm script, with the setting as given, on this suite's database (the embedded one too speaks Postgres). */
  function runPurge(setting: string | undefined) {
    const env: NodeJS.ProcessEnv = { ...process.env, BYLINE_RETENTION_DAYS_ARCHIVED: setting };
    if (!env.POSTGRES_URL) env.DATABASE_URL = process.env.DATABASE_URL || process.env.BYLINE_EMBEDDED_DATABASE_URL;
    if (setting === undefined) delete env.BYLINE_RETENTION_DAYS_ARCHIVED;
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    return spawnSync(tsx, ["scripts/purge-archived.ts"], {
      cwd: process.cwd(),
      encoding: "utf8",
      env,
      timeout: 60_000,
    });
  }

  it("makes the script delete nothing when unset, and fail on a bad value", () => {
    const unset = runPurge(undefined);
    expect(unset.status).toBe(0);
    expect(unset.stdout).toContain("BYLINE_RETENTION_DAYS_ARCHIVED is not set");
    expect(unset.stdout).toMatch(/Deleted \d+ rate-limit counter\(s\) of windows that ended/);
    const bad = runPurge("a year");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("BYLINE_RETENTION_DAYS_ARCHIVED must be a whole number of days");
  });
});

describe("ended rate-limit windows", () => {
  const keys = { ended: `test-ended-${NOW.getTime()}`, current: `test-current-${NOW.getTime()}` };
  afterAll(async () => {
    await db.delete(rateLimits).where(inArray(rateLimits.key, Object.values(keys)));
  });

  it("are counted on a dry run and deleted by the purge; a window still running stays", async () => {
    await db.insert(rateLimits).values([
      { key: keys.ended, windowStartedAt: daysBefore(2), hits: 9 },
      { key: keys.current, windowStartedAt: new Date(NOW.getTime() - 60_000), hits: 3 },
    ]);
    const present = async () =>
      (
        await db
          .select({ key: rateLimits.key })
          .from(rateLimits)
          .where(inArray(rateLimits.key, Object.values(keys)))
      )
        .map((r) => r.key)
        .sort();
    expect(await purgeEndedRateLimitWindows({ dryRun: true })).toBeGreaterThanOrEqual(1);
    expect(await present()).toEqual([keys.current, keys.ended].sort());
    expect(await purgeEndedRateLimitWindows()).toBeGreaterThanOrEqual(1);
    expect(await present()).toEqual([keys.current]);
  });
});
