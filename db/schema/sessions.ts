import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * One row per signed-in browser. The session cookie carries only this row's id (inside next-auth's
 * encrypted token); every request checks the row, so deleting it (sign-out, "sign out everywhere
 * else", a password change or reset) ends the session on every app instance at once.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The sign-in; the absolute timeout counts from it. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Renewed on page views (at most once a minute); the idle timeout counts from it. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** A short description of the browser ("Chrome on Android"), never the full header. */
    device: text("device").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type SessionRow = typeof sessions.$inferSelect;
