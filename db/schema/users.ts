import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["student", "teacher", "admin"]);
export type UserRole = (typeof userRole.enumValues)[number];

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    role: userRole("role").notNull().default("student"),
    name: text("name").notNull(),
    /** Stored lower-cased; null for young students, who sign in with a username instead. */
    email: text("email"),
    /** Teacher-created logins for students without email. */
    username: text("username"),
    passwordHash: text("password_hash").notNull(),
    /** IANA zone, set from the browser at sign-up; dates are shown in the viewer's zone. */
    timeZone: text("time_zone").notNull().default("UTC"),
    /** The teacher who created this login, when a teacher did. */
    createdById: uuid("created_by_id").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    ageConfirmedAt: timestamp("age_confirmed_at", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_username_key").on(t.username),
    index("users_created_by_idx").on(t.createdById),
    check("users_email_or_username", sql`${t.email} is not null or ${t.username} is not null`),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export const teacherInvites = pgTable(
  "teacher_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Only a hash is stored: the code itself is shown once to the admin who issued it. */
    codeHash: text("code_hash").notNull(),
    note: text("note"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    usedById: uuid("used_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("teacher_invites_code_hash_key").on(t.codeHash),
    index("teacher_invites_created_by_idx").on(t.createdById),
    index("teacher_invites_used_by_idx").on(t.usedById),
  ],
);

export type User = typeof users.$inferSelect;
export type TeacherInvite = typeof teacherInvites.$inferSelect;
