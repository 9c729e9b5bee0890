import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/passwords";
import type { Db } from "../index";
import { classes, enrollments, users } from "../schema";
import { seedDemoWork } from "./demo-work";

/** Listed in the README. Only ever created on the embedded database or by `npm run db:seed`. */
const DEMO_PASSWORD = "byline-demo";

export const DEMO_ACCOUNTS = [
  { role: "admin", name: "Ada Admin", email: "admin@byline.test" },
  { role: "teacher", name: "Tomás Rivera", email: "teacher@byline.test" },
  { role: "student", name: "Amara Okafor", email: "amara@byline.test" },
  { role: "student", name: "Ben Carter", email: "ben@byline.test" },
  { role: "student", name: "Chloe Nguyen", email: "chloe@byline.test" },
  { role: "student", name: "Dev Kumar", username: "dev.kumar" },
] as const;

export const DEMO_CLASS = { name: "Media Literacy", section: "Period 3", schoolYear: "2026–27", joinCode: "DEMO-7K3Q" };

export async function seedDemo(db: Db): Promise<{ accounts: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          role: a.role,
          name: a.name,
          email: "email" in a ? a.email : null,
          username: "username" in a ? a.username : null,
          passwordHash,
          ageConfirmedAt: a.role === "student" && "email" in a ? new Date() : null,
        })),
      )
      .onConflictDoNothing();
    const all = await tx.select({ id: users.id, email: users.email, username: users.username }).from(users);
    const idOf = (key: string) => all.find((u) => u.email === key || u.username === key)?.id;
    const teacherId = idOf("teacher@byline.test")!;
    const [demoClass] = await tx
      .insert(classes)
      .values({ teacherId, ...DEMO_CLASS })
      .onConflictDoNothing()
      .returning({ id: classes.id });
    if (demoClass) {
      const students = ["amara@byline.test", "ben@byline.test", "chloe@byline.test", "dev.kumar"];
      await tx
        .insert(enrollments)
        .values(students.map((s) => ({ classId: demoClass.id, studentId: idOf(s)! })))
        .onConflictDoNothing();
      // Dev is a young student: the teacher made his login, so no email was ever collected.
      await tx.update(users).set({ createdById: teacherId }).where(eq(users.username, "dev.kumar"));
      await seedDemoWork(tx, demoClass.id, teacherId, idOf);
    }
    return { accounts: DEMO_ACCOUNTS.length };
  });
}
