import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { classes, enrollments, users } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_CLASS, seedDemo } from "@/db/seed/demo";

const emails = DEMO_ACCOUNTS.flatMap((a) => ("email" in a ? [a.email] : []));
const usernames = DEMO_ACCOUNTS.flatMap((a) => ("username" in a ? [a.username] : []));

async function snapshot() {
  const accounts = await db
    .select({ id: users.id, role: users.role, email: users.email, username: users.username, createdById: users.createdById })
    .from(users)
    .where(sql`${inArray(users.email, emails)} or ${inArray(users.username, usernames)}`);
  const demoClasses = await db.select({ id: classes.id, teacherId: classes.teacherId }).from(classes).where(eq(classes.joinCode, DEMO_CLASS.joinCode));
  const enrolled = demoClasses[0]
    ? await db.select({ studentId: enrollments.studentId }).from(enrollments).where(eq(enrollments.classId, demoClasses[0].id))
    : [];
  return { accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)), demoClasses, enrolled: enrolled.map((e) => e.studentId).sort() };
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
    const students = first.accounts.filter((a) => a.role === "student").map((a) => a.id).sort();
    expect(first.enrolled).toEqual(students);
    expect(first.accounts.find((a) => a.username === "dev.kumar")?.createdById).toBe(teacher?.id);
  });
});
