import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { lessons } from "./content";
import { users } from "./users";

export const classes = pgTable(
  "classes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teacherId: uuid("teacher_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    section: text("section"),
    schoolYear: text("school_year"),
    /**
     * Stored upper-case in its grouped form ("K7QM-3XWP"), the way it is shown; a rotated code
     * replaces the old one, which then matches nothing.
     */
    joinCode: text("join_code"),
    joinEnabled: boolean("join_enabled").notNull().default(true),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Students type codes without the dash: unique and looked up by the code without it.
    uniqueIndex("classes_join_code_key").on(sql`replace(${t.joinCode}, '-', '')`),
    index("classes_teacher_idx").on(t.teacherId),
  ],
);

export const enrollments = pgTable(
  "enrollments",
  {
    classId: uuid("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    studentId: uuid("student_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.classId, t.studentId] }), index("enrollments_student_idx").on(t.studentId)],
);

export const assignments = pgTable(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    classId: uuid("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "restrict" }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    /** False when the teacher picked students; they are listed in assignment_students. */
    wholeClass: boolean("whole_class").notNull().default(true),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assignments_class_idx").on(t.classId),
    index("assignments_lesson_idx").on(t.lessonId),
    index("assignments_created_by_idx").on(t.createdById),
  ],
);

export const assignmentStudents = pgTable(
  "assignment_students",
  {
    assignmentId: uuid("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    studentId: uuid("student_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.studentId] }),
    index("assignment_students_student_idx").on(t.studentId),
  ],
);

/**
 * What a class's reports show, as a token that changes with every write to it (triggers of
 * migration 0011, in the writing transaction): a report cached under a token is current for as
 * long as the token stands, on every instance. A fresh random token each time, never a counter,
 * so a restored backup cannot bring back a value some instance cached other figures under.
 */
export const classDataVersions = pgTable("class_data_versions", {
  classId: uuid("class_id")
    .primaryKey()
    .references(() => classes.id, { onDelete: "cascade" }),
  version: uuid("version").notNull(),
});

export type ClassRow = typeof classes.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
