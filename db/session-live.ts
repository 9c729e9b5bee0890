import { sql, type SQL } from "drizzle-orm";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "@/lib/session-timeouts";

// Beside the queries rather than in them: scripts (privacy:purge) reach it through the mutations,
// outside the React server build where "server-only" modules load.

/**
 * Whether a session row (alias `s`, joined to its user `u`) still counts: the account is active,
 * and neither the idle nor the absolute timeout has passed. The one statement of that rule, used
 * by every read and by the renewal.
 */
export function sessionIsLive(sessionId: string, userId: string): SQL {
  return sql`s.id = ${sessionId}::uuid and s.user_id = ${userId}::uuid and u.id = s.user_id and u.disabled_at is null and ${withinTimeouts}`;
}

/** Neither timeout has passed for the session row `s`. */
export const withinTimeouts: SQL = sql`(s.created_at > now() - make_interval(secs => ${SESSION_ABSOLUTE_SECONDS})
    and s.last_seen_at > now() - make_interval(secs => ${SESSION_IDLE_SECONDS}))`;
