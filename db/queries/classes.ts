import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { classes, enrollments, users } from "@/db/schema";
import { managedBy, type Viewer } from "./class-access";

export type ClassSummary = {
  id: string;
  name: string;
  section: string | null;
  schoolYear: string | null;
  archived: boolean;
  studentCount: number;
  /** Set when the class is someone else's (an administrator's view). */
  otherTeacherName: string | null;
};

/** The viewer's classes, newest first (an administrator sees every teacher's). */
export async function listManagedClasses(viewer: Viewer): Promise<ClassSummary[]> {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      section: classes.section,
      schoolYear: classes.schoolYear,
      archived: sql<boolean>`${classes.archivedAt} is not null`,
      studentCount: sql<number>`(select count(*)::int from ${enrollments} where ${enrollments.classId} = ${classes.id})`,
      otherTeacherName: sql<
        string | null
      >`case when ${classes.teacherId} = ${viewer.id} then null else ${users.name} end`,
    })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(managedBy(viewer))
    .orderBy(asc(sql`${classes.archivedAt} is not null`), desc(classes.createdAt))
    .limit(500);
}

export type ClassDetails = {
  id: string;
  name: string;
  section: string | null;
  schoolYear: string | null;
  joinCode: string | null;
  joinEnabled: boolean;
  archivedAt: Date | null;
  teacherName: string;
};

export async function getManagedClass(viewer: Viewer, classId: string): Promise<ClassDetails | null> {
  const [row] = await db
    .select({
      id: classes.id,
      name: classes.name,
      section: classes.section,
      schoolYear: classes.schoolYear,
      joinCode: classes.joinCode,
      joinEnabled: classes.joinEnabled,
      archivedAt: classes.archivedAt,
      teacherName: users.name,
    })
    .from(classes)
    .innerJoin(users, eq(users.id, classes.teacherId))
    .where(and(eq(classes.id, classId), managedBy(viewer)))
    .limit(1);
  return row ?? null;
}

/** The ownership check of every class action: null when the class is not the viewer's to manage. */
export async function findManagedClass(
  viewer: Viewer,
  classId: string,
): Promise<{ id: string; teacherId: string } | null> {
  const [row] = await db
    .select({ id: classes.id, teacherId: classes.teacherId })
    .from(classes)
    .where(and(eq(classes.id, classId), managedBy(viewer)))
    .limit(1);
  return row ?? null;
}
