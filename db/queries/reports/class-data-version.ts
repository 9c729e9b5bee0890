import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, selectPreparedRows } from "@/db";
import { classDataVersions, classes } from "@/db/schema";
import { sessionIsLive } from "../../session-live";
import { managedBy, type Viewer } from "../class-access";
import { assignableAuthoredLessonsJson } from "../teacher-lessons";
import { sessionUserFrom, type SessionUser, type SessionUserRow } from "../sessions";

/** A class's name and the token of what its reports show (migration 0011; null until the first write since). */
export type ClassDataVersion = { name: string; version: string | null };

/**
 * The class, if the viewer manages it, with its token. Read on the primary, always: a report
 * cached under this token is then never older than this read, and a figure computed after it (on
 * the primary, or on a replica that has caught up with the primary) never older either.
 */
export async function getClassDataVersion(viewer: Viewer, classId: string): Promise<ClassDataVersion | null> {
  const [row] = await db
    .select({ name: classes.name, version: classDataVersions.version })
    .from(classes)
    .leftJoin(classDataVersions, eq(classDataVersions.classId, classes.id))
    .where(and(eq(classes.id, classId), managedBy(viewer)))
    .limit(1);
  return row ?? null;
}

/** What a teacher's page's figures read with the session: the class, and for the class page the lessons its form offers. */
export type SessionClassRead = {
  user: SessionUser;
  klass: ClassDataVersion | null;
  /** With `assignableLessons`: the viewer's assignable lessons of their own (listAssignableAuthoredLessons). */
  assignableLessons: { id: string; title: string }[] | null;
};

/**
 * The session check of getSessionUser and getClassDataVersion in one statement (on the primary,
 * like both): a report's figures need the two on every view, and that round trip was a third of
 * their cost. Null once the session ended; `klass` null when the user does not manage the class
 * (or no class was asked for). `assignableLessons`: the class page's figures also need the
 * viewer's own lessons (not cached with the class), read in the same statement.
 */
export async function getSessionUserAndClassVersion(
  sessionId: string,
  userId: string,
  classId: string | null,
  { assignableLessons = false }: { assignableLessons?: boolean } = {},
): Promise<SessionClassRead | null> {
  const lessons = assignableLessons ? assignableAuthoredLessonsJson({ id: sql`u.id`, role: sql`u.role` }) : sql`null`;
  const [row] = await selectPreparedRows<
    SessionUserRow & {
      class_name: string | null;
      version: string | null;
      lessons: SessionClassRead["assignableLessons"];
    }
  >(sql`
    select u.id, u.name, u.role, u.time_zone, ${classes.name} as class_name, ${classDataVersions.version} as version,
           ${lessons} as lessons
    from sessions s
    cross join users u
    left join ${classes} on ${classes.id} = ${classId}::uuid and ${managedBy({ id: sql`u.id`, role: sql`u.role` })}
    left join ${classDataVersions} on ${classDataVersions.classId} = ${classes.id}
    where ${sessionIsLive(sessionId, userId)}`);
  if (!row) return null;
  return {
    user: sessionUserFrom(row, sessionId),
    klass: row.class_name === null ? null : { name: row.class_name, version: row.version },
    assignableLessons: row.lessons,
  };
}
