import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  serial,
} from "drizzle-orm/pg-core";
import type { QuestionInput, Rubric } from "@/lib/content/schema";
import type { QuestionOption } from "@/lib/content/types";
import { LEVEL_IDS, QUESTION_KINDS, RUBRIC_LEVEL_IDS } from "@/lib/content/skills";
import { users } from "./users";

export const genre = pgEnum("genre", ["news-report", "opinion"]);
/** The kinds are listed once, in lib/content/skills.ts (the content schema's enum reads them too). */
export const questionKind = pgEnum("question_kind", QUESTION_KINDS);
export const questionLevel = pgEnum("question_level", LEVEL_IDS);
export const rubricLevel = pgEnum("rubric_level", RUBRIC_LEVEL_IDS);
export const lessonStatus = pgEnum("lesson_status", ["draft", "published", "retired"]);

/** Built-in sources come from content files (owner null); teachers' imports are owned. */
export const sources = pgTable(
  "sources",
  {
    id: text("id").primaryKey(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    outlet: text("outlet").notNull(),
    publication: text("publication"),
    outletUrl: text("outlet_url"),
    url: text("url"),
    author: text("author").notNull(),
    authorRole: text("author_role"),
    publishedOn: date("published_on").notNull(),
    genre: genre("genre").notNull(),
    section: text("section"),
    photoCaption: text("photo_caption"),
    photoCredit: text("photo_credit"),
    captureNote: text("capture_note"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sources_owner_idx").on(t.ownerId)],
);

export const lessons = pgTable(
  "lessons",
  {
    id: text("id").primaryKey(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    estimatedMinutes: integer("estimated_minutes").notNull(),
    status: lessonStatus("status").notNull().default("published"),
    /** Question ids in the order a student meets them. */
    questionOrder: jsonb("question_order").$type<string[]>().notNull().default([]),
    /**
     * A teacher's lesson: the questions being reviewed, edited in place. Publishing checks them
     * like content files and copies them into questions and versions; students never read this.
     */
    draftQuestions: jsonb("draft_questions").$type<DraftQuestion[]>(),
    /** A teacher's lesson offered to other teachers' catalogues (they can assign it, not edit it). */
    shared: boolean("shared").notNull().default(false),
    draftUpdatedAt: timestamp("draft_updated_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("lessons_owner_idx").on(t.ownerId)],
);

export const lessonSources = pgTable(
  "lesson_sources",
  {
    lessonId: text("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.lessonId, t.sourceId] }), index("lesson_sources_source_idx").on(t.sourceId)],
);

/** A question's id is an immutable slug; what students answer against lives in its versions. */
export const questions = pgTable(
  "questions",
  {
    id: text("id").primaryKey(),
    lessonId: text("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    currentVersionId: integer("current_version_id"),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("questions_lesson_idx").on(t.lessonId)],
);

/**
 * A draft question is a content question (the same schema as lesson files) before it is checked.
 * `check`: a suggestion the suggester was not sure enough of to offer plainly, with its confidence
 * and the reasons, shown to the teacher as "Check this: …" until they save the question. Never
 * published: the publishing check drops it.
 */
export type DraftQuestion = QuestionInput & { check?: { confidence: number; reasons: string[] } };

/** An option as stored in a question version: the content's own shape. */
export type OptionRecord = QuestionOption;
export type EvidenceRecord = {
  source: string;
  quote: string;
  start: number;
  end: number;
  /** The sentence(s) holding it, where marks beyond the evidence cost nothing (lib/grading/mark-credit.ts). */
  around?: { start: number; end: number };
};

export const questionVersions = pgTable(
  "question_versions",
  {
    id: serial("id").primaryKey(),
    questionId: text("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    contentHash: text("content_hash").notNull(),
    kind: questionKind("kind").notNull(),
    skill: text("skill").notNull(),
    level: questionLevel("level").notNull().default("apply"),
    prompt: text("prompt").notNull(),
    /** Highlight items: the source whose sentences are the options. */
    sourceId: text("source_id").references(() => sources.id, { onDelete: "restrict" }),
    options: jsonb("options").$type<OptionRecord[]>().notNull(),
    answer: jsonb("answer").$type<string[]>().notNull(),
    /** Two-tier: the answer is followed by marking the evidence in the article. */
    markEvidence: boolean("mark_evidence").notNull().default(false),
    explanation: text("explanation").notNull(),
    evidence: jsonb("evidence").$type<EvidenceRecord[]>().notNull(),
    /** Written questions: shown to the student once answered, and to the teacher who scores it. */
    modelAnswer: text("model_answer"),
    /** Written questions: one descriptor per rubric level (lib/content/skills.ts RUBRIC_LEVELS). */
    rubric: jsonb("rubric").$type<Rubric>(),
    optionSpans: jsonb("option_spans").$type<Record<string, EvidenceRecord>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("question_versions_question_version_key").on(t.questionId, t.version),
    uniqueIndex("question_versions_question_hash_key").on(t.questionId, t.contentHash),
    index("question_versions_source_idx").on(t.sourceId),
  ],
);

export type SourceRow = typeof sources.$inferSelect;
export type LessonRow = typeof lessons.$inferSelect;
export type QuestionVersionRow = typeof questionVersions.$inferSelect;
