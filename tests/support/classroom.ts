import { randomUUID } from "node:crypto";
import { asc, eq, inArray, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { createClass } from "@/db/mutations/classes";
import { createSession } from "@/db/mutations/sessions";
import { joinClass } from "@/db/mutations/enrollments";
import { normalizeCode } from "@/lib/codes";
import type { SessionUser } from "@/db/queries/users";
import { assignments, assignmentStudents, classes, enrollments, users, type UserRole } from "@/db/schema";

/** A real account in the test database, signed in once, shaped like the session's user. */
export async function createAccount(
  role: UserRole,
  name = `${role} ${randomUUID().slice(0, 8)}`,
  timeZone = "UTC",
): Promise<SessionUser> {
  const [user] = await db
    .insert(users)
    .values({ role, name, email: `${role}-${randomUUID()}@byline.test`, passwordHash: "not-a-real-hash", timeZone })
    .returning({ id: users.id, name: users.name, role: users.role, timeZone: users.timeZone });
  return { ...user!, sessionId: await createSession(user!.id, "Test browser") };
}

/** Removes the accounts, the logins they created and (by cascade) their classes. */
export async function deleteAccounts(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(users).where(inArray(users.createdById, ids));
  await db.delete(users).where(inArray(users.id, ids));
}

/** A class of `teacherId`'s that the students joined with its code, as students do; its id. */
export async function createClassWithStudents(
  teacherId: string,
  details: { name: string; section?: string | null },
  students: { id: string }[],
): Promise<string> {
  const created = await createClass(teacherId, {
    name: details.name,
    section: details.section ?? null,
    schoolYear: null,
  });
  for (const s of students) await joinClass(s.id, normalizeCode(created.joinCode));
  return created.id;
}

export function formData(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

/** Everything an action on this class could change, to show a refused action changed nothing. */
export async function classSnapshot(classId: string) {
  const [klass] = await db.select().from(classes).where(eq(classes.id, classId));
  const roster = await db
    .select()
    .from(enrollments)
    .where(eq(enrollments.classId, classId))
    .orderBy(asc(enrollments.studentId));
  const work = await db.select().from(assignments).where(eq(assignments.classId, classId)).orderBy(asc(assignments.id));
  const chosen = work.length
    ? await db
        .select()
        .from(assignmentStudents)
        .where(
          inArray(
            assignmentStudents.assignmentId,
            work.map((a) => a.id),
          ),
        )
        .orderBy(asc(assignmentStudents.assignmentId), asc(assignmentStudents.studentId))
    : [];
  const people = roster.length
    ? await db
        .select({
          id: users.id,
          name: users.name,
          passwordHash: users.passwordHash,
          sessions: sql<number>`(select count(*)::int from sessions s where s.user_id = ${users.id})`,
        })
        .from(users)
        .where(
          or(
            inArray(
              users.id,
              roster.map((r) => r.studentId),
            ),
            eq(users.id, klass!.teacherId),
          ),
        )
        .orderBy(asc(users.id))
    : [];
  return { klass, roster, work, chosen, people };
}
