import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, selectPreparedRows } from "@/db";
import { classDataVersions, classes } from "@/db/schema";
import { sessionIsLive } from "../../session-live";
import { managedBy, type Viewer } from "../class-access";
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

/**
 * The session check of getSessionUser and getClassDataVersion in one statement (on the primary,
 * like both): a report's figures need the two on every view, and that round trip was a third of
 * their cost. Null once the session ended; `klass` null when the user does not manage the class
 * (or no class was asked for).
 */
export async function getSessionUserAndClassVersion(
  sessionId: string,
  userId: string,
  classId: string | null,
): Promise<{ user: SessionUser; klass: ClassDataVersion | null } | null> {
  const [row] = await selectPreparedRows<SessionUserRow & { class_name: string | null; version: string | null }>(sql`
    select u.id, u.name, u.role, u.time_zone, ${classes.name} as class_name, ${classDataVersions.version} as version
    from sessions s
    cross join users u
    left join ${classes} on ${classes.id} = ${classId}::uuid and ${managedBy({ id: sql`u.id`, role: sql`u.role` })}
    left join ${classDataVersions} on ${classDataVersions.classId} = ${classes.id}
    where ${sessionIsLive(sessionId, userId)}`);
  if (!row) return null;
  return {
    user: sessionUserFrom(row, sessionId),
    klass: row.class_name === null ? null : { name: row.class_name, version: row.version },
  };
}
