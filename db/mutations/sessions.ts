import { and, eq, ne, sql } from "drizzle-orm";
import { db, selectPreparedRows, selectRows, type Tx } from "@/db";
import { sessions, type UserRole } from "@/db/schema";
import { sessionIsLive, withinTimeouts } from "@/db/session-live";

/** A new session for a sign-in; its id goes into the cookie. */
export async function createSession(userId: string, device: string): Promise<string> {
  const [row] = await db.insert(sessions).values({ userId, device }).returning({ id: sessions.id });
  return row!.id;
}

/**
 * Renews a live session's idle timeout and returns its account's current name and role; null when
 * the session has ended (signed out, timed out, account disabled), in one statement.
 */
export async function renewSession(
  sessionId: string,
  userId: string,
): Promise<{ name: string; role: UserRole } | null> {
  const [row] = await selectPreparedRows<{ name: string; role: UserRole }>(
    sql`update sessions s set last_seen_at = now() from users u where ${sessionIsLive(sessionId, userId)} returning u.name, u.role`,
  );
  return row ?? null;
}

/** Sign-out: this session only. */
export async function endSession(sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** "Sign out everywhere else", and a password change: every session of the account but this one. Returns how many ended. */
export async function endOtherSessions(
  userId: string,
  keepSessionId: string,
  executor: Pick<Tx, "delete"> = db,
): Promise<number> {
  const ended = await executor
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .returning({ id: sessions.id });
  return ended.length;
}

/** A password reset by someone else: every session of the account. */
export async function endAllSessions(userId: string, executor: Pick<Tx, "delete"> = db): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}

/** Rows of sessions past either timeout (they already count for nothing); privacy:purge removes them. */
export async function deleteExpiredSessions({ dryRun = false } = {}): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    dryRun
      ? sql`select count(*)::int as n from sessions s where not ${withinTimeouts}`
      : sql`with ended as (delete from sessions s where not ${withinTimeouts} returning 1) select count(*)::int as n from ended`,
  );
  return row?.n ?? 0;
}
