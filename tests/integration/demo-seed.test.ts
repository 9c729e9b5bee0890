import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { answers, assignments, attempts, classes, enrollments, users } from "@/db/schema";
import { DEMO_WORK } from "@/db/seed/demo-work";
import { DEMO_ACCOUNTS, DEMO_CLASS, seedDemo } from "@/db/seed/demo";

const emails = DEMO_ACCOUNTS.flatMap((a) => ("email" in a ? [a.email] : []));
const usernames = DEMO_ACCOUNTS.flatMap((a) => ("username" in a ? [a.username] : []));

async function snapshot() {
  const accounts = await db
    .select({
      id: users.id,
      role: users.role,
      email: users.email,
      username: users.username,
      createdById: users.createdById,
    })
    .from(users)
    .where(sql`${inArray(users.email, emails)} or ${inArray(users.username, usernames)}`);
  const demoClasses = await db
    .select({ id: classes.id, teacherId: classes.teacherId })
    .from(classes)
    .where(eq(classes.joinCode, DEMO_CLASS.joinCode));
  const enrolled = demoClasses[0]
    ? await db
        .select({ studentId: enrollments.studentId })
        .from(enrollments)
        .where(eq(enrollments.classId, demoClasses[0].id))
    : [];
  const work = demoClasses[0]
    ? await db
        .select({
          lessonId: assignments.lessonId,
          late: attempts.late,
          completed: sql<boolean>`${attempts.completedAt} is not null`,
          answers: sql<number>`count(${answers.id})::int`,
        })
        .from(assignments)
        .innerJoin(attempts, eq(attempts.assignmentId, assignments.id))
        .leftJoin(answers, eq(answers.attemptId, attempts.id))
        .where(eq(assignments.classId, demoClasses[0].id))
        .groupBy(assignments.lessonId, attempts.id)
        .orderBy(assignments.lessonId, attempts.startedAt)
    : [];
  return {
    accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)),
    demoClasses,
    enrolled: enrolled.map((e) => e.studentId).sort(),
    work,
  };
}

describe("the demo seed", () => {
  it("creates the demo logins, class and enrolments once, however often it runs", async () => {
    await seedDemo(db);
    const first = await snapshot();
    await seedDemo(db);
    const second = await snapshot();

    expect(second).toEqual(first);
    expect(first.accounts).toHaveLength(DEMO_ACCOUNTS.length);
    expect(first.demoClasses).toHaveLength(1);
    const teacher = first.accounts.find((a) => a.email === "teacher@byline.test");
    expect(first.demoClasses[0]!.teacherId).toBe(teacher?.id);
    const students = first.accounts
      .filter((a) => a.role === "student")
      .map((a) => a.id)
      .sort();
    expect(first.enrolled).toEqual(students);
    expect(first.accounts.find((a) => a.username === "dev.kumar")?.createdById).toBe(teacher?.id);
    // The class's work, as designed: every pattern an attempt, every 1 or 0 an answer; Ben and Chloe's retry finished after the due date.
    const designed = DEMO_WORK.flatMap((w) =>
      w.attempts.map((a) => ({ lessonId: w.lessonId, answers: a.pattern.length })),
    );
    expect(
      first.work
        .map((w) => ({ lessonId: w.lessonId, answers: w.answers }))
        .sort((a, b) => a.lessonId.localeCompare(b.lessonId)),
    ).toEqual(designed.sort((a, b) => a.lessonId.localeCompare(b.lessonId)));
    expect(first.work.filter((w) => w.late)).toHaveLength(2);
    expect(first.work.filter((w) => !w.completed)).toHaveLength(1);
  });
});
