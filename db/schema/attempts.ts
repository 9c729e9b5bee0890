import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { assignments } from "./classes";
import { lessons, questions, questionVersions, rubricLevel } from "./content";
import { users } from "./users";

export const attempts = pgTable(
  "attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    assignmentId: uuid("assignment_id").references(() => assignments.id, { onDelete: "set null" }),
    /** 1 for the first attempt at this lesson (in this assignment), 2 for a retry, and so on. */
    number: integer("number").notNull(),
    questionCount: integer("question_count").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** Sum of answer scores over question count, 0..1, set on completion. */
    score: real("score"),
    late: boolean("late").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("attempts_user_lesson_idx").on(t.userId, t.lessonId, t.startedAt),
    index("attempts_assignment_user_idx").on(t.assignmentId, t.userId),
    index("attempts_lesson_idx").on(t.lessonId),
    // At most one open attempt per student, lesson and assignment: a second tab resumes it.
    uniqueIndex("attempts_one_open_key")
      .on(t.userId, t.lessonId, sql`coalesce(${t.assignmentId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.completedAt} is null`),
  ],
);

export const answers = pgTable(
  "answers",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    questionVersionId: integer("question_version_id")
      .notNull()
      .references(() => questionVersions.id, { onDelete: "cascade" }),
    /** Option ids; one for multiple choice, the selected sentences for highlight items. */
    chosen: text("chosen").array().notNull(),
    /**
     * The option ids in the order this student saw them (drawn per student, attempt and question).
     * Null for answers given before options were shuffled, when every student saw the file order.
     */
    shownOrder: text("shown_order").array(),
    /** Null while a written response awaits its teacher's review (answer_reviews sets both). */
    score: real("score"),
    correct: boolean("correct"),
    /** Written questions: what the student wrote. */
    response: text("response"),
    /** Two-tier items: the passages the student marked in the article, and the credit they earned (0..1). */
    marks: jsonb("marks").$type<{ source: string; start: number; end: number }[]>(),
    markCredit: real("mark_credit"),
    /** Time from showing the question to answering, when the browser reported it. */
    timeSpentMs: integer("time_spent_ms"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("answers_attempt_question_key").on(t.attemptId, t.questionId),
    index("answers_question_version_idx").on(t.questionVersionId),
    index("answers_question_idx").on(t.questionId),
    // The review queue and the "to review" counts: written responses not yet scored.
    index("answers_awaiting_review_idx")
      .on(t.attemptId)
      .where(sql`${t.score} is null`),
  ],
);

/**
 * A teacher's rubric score for a written response: one per answer (a second review replaces it),
 * kept with the answer's score in one transaction (db/mutations/reviews.ts).
 */
export const answerReviews = pgTable("answer_reviews", {
  answerId: bigint("answer_id", { mode: "number" })
    .primaryKey()
    .references(() => answers.id, { onDelete: "cascade" }),
  reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
  level: rubricLevel("level").notNull(),
  comment: text("comment"),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Per assignment and student, what the reports count: attempts, finished, on time, best score,
 * written answers awaiting review, and the first completed attempt (the item analysis reads that
 * one). Kept by triggers on attempts and answers, in the transaction that writes them
 * (db/migrations/0010), so reports read one row per student instead of scanning their attempts
 * and answers. The app never writes it. No row: the student has not started.
 */
export const assignmentStudentStats = pgTable(
  "assignment_student_stats",
  {
    assignmentId: uuid("assignment_id")
      .notNull()
      .references(() => assignments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    attempts: integer("attempts").notNull(),
    finished: boolean("finished").notNull(),
    onTime: boolean("on_time").notNull(),
    /** The best completed attempt's score (0..1); null with none finished, or none scored yet. */
    best: real("best"),
    awaitingReview: integer("awaiting_review").notNull(),
    firstCompletedAttemptId: uuid("first_completed_attempt_id"),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.userId] })],
);

export type AttemptRow = typeof attempts.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;
