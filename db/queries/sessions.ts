import "server-only";
import { sql } from "drizzle-orm";
import { selectPreparedRows, selectRows } from "@/db";
import type { UserRole } from "@/db/schema";
import { sessionIsLive, withinTimeouts } from "../session-live";

export type SessionUser = { id: string; name: string; role: UserRole; timeZone: string; sessionId: string };

/** The user's columns as the session reads select them (`u.id, u.name, u.role, u.time_zone`). */
export type SessionUserRow = { id: string; name: string; role: UserRole; time_zone: string };
export const sessionUserFrom = (r: SessionUserRow, sessionId: string): SessionUser => ({
  id: r.id,
  name: r.name,
  role: r.role,
  timeZone: r.time_zone,
  sessionId,
});

/** The signed-in user of a live session, as the database has them now; null once the session ended. */
export async function getSessionUser(sessionId: string, userId: string): Promise<SessionUser | null> {
  const [row] = await selectPreparedRows<SessionUserRow>(
    sql`select u.id, u.name, u.role, u.time_zone from sessions s, users u where ${sessionIsLive(sessionId, userId)}`,
  );
  return row ? sessionUserFrom(row, sessionId) : null;
}

export type AccountSession = { id: string; device: string; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The account's live sessions, the current one first, then the most recently seen. */
export async function listAccountSessions(user: Pick<SessionUser, "id" | "sessionId">): Promise<AccountSession[]> {
  const rows = await selectRows<{
    id: string;
    device: string;
    created_at: string | Date;
    last_seen_at: string | Date;
  }>(sql`
    select s.id, s.device, s.created_at, s.last_seen_at from sessions s join users u on u.id = s.user_id
    where s.user_id = ${user.id}::uuid and ${withinTimeouts}
    order by s.id = ${user.sessionId}::uuid desc, s.last_seen_at desc`);
  return rows.map((r) => ({
    id: r.id,
    device: r.device,
    createdAt: new Date(r.created_at),
    lastSeenAt: new Date(r.last_seen_at),
    current: r.id === user.sessionId,
  }));
}
