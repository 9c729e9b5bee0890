import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import type { Viewer } from "./class-access";

export type TeacherSummary = { id: string; name: string; email: string | null; disabled: boolean };

const isAdmin = (viewer: Viewer) => sql`${viewer.role} = 'admin'`;

/** Every teacher account, for an administrator; nobody else gets any row. */
export async function listTeachers(viewer: Viewer): Promise<TeacherSummary[]> {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      disabled: sql<boolean>`${users.disabledAt} is not null`,
    })
    .from(users)
    .where(and(eq(users.role, "teacher"), isAdmin(viewer)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(1000);
}

/** The ownership check of an administrator's teacher actions. */
export async function findTeacher(
  viewer: Viewer,
  teacherId: string,
): Promise<{ id: string; name: string; login: string } | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, username: users.username })
    .from(users)
    .where(and(eq(users.id, teacherId), eq(users.role, "teacher"), isAdmin(viewer)))
    .limit(1);
  return row ? { id: row.id, name: row.name, login: row.email ?? row.username ?? "" } : null;
}
