import { sql } from "drizzle-orm";
import { db, selectPreparedRows, type Tx } from "@/db";
import type { EvidenceRecord, OptionRecord } from "@/db/schema";
import type { QuestionKind } from "@/lib/content/skills";
import type { AnswerRefusal, GateRefusal, Refused } from "@/lib/grading/answer-refusals";
import { checkSubmission } from "@/lib/grading/check-submission";
import { gradeAnswer } from "@/lib/grading/grade-answer";
import { answeredOptions, keepsMarks } from "@/lib/grading/answered-options";
import { mergeSpans, type MarkSpan } from "@/lib/grading/mark-credit";
import { limitFor, limitKey } from "@/lib/rate-limits/settings";
import { lessonVisibleTo } from "@/db/queries/lesson-access";

export type GradingVersion = {
  question_id: string;
  version_id: number;
  kind: QuestionKind;
  answer: string[];
  options: OptionRecord[];
  explanation: string;
  evidence: EvidenceRecord[];
  /** Written questions: shown once answered (null elsewhere). */
  model_answer: string | null;
  /** Highlight items: where each sentence (option) lies in the article, to read marks as sentences. */
  option_spans: Record<string, MarkSpan> | null;
  /** Two-tier: the answer is followed by marks in the article, scored against the evidence. */
  mark_evidence: boolean;
  /** The lesson's sources and their lengths: marks may fall only inside them. */
  source_lengths: Record<string, number>;
  question_count: number;
  is_demo: boolean;
};

export type RecordedAnswer = {
  version: GradingVersion;
  chosen: string[];
  /** The option order stored with the answer: what the student saw (a replay returns the first one's). */
  shownOrder: string[] | null;
  /** Null while a written response awaits review. */
  score: number | null;
  correct: boolean | null;
  /** A two-tier item's stored marks and their credit (a replay returns the first answer's). */
  marks: MarkSpan[] | null;
  markCredit: number | null;
  /** A written question's stored response (a replay returns the first one). */
  response: string | null;
  /** False when this exact question was already answered in the attempt (a replay or double click). */
  fresh: boolean;
  answered: number;
  attemptId: string;
  attemptScore: number | null;
};

/** A refused answer: its reason code (the sentences: lib/grading/answer-refusals.ts); nothing was stored. */
export type RecordAnswerRefused = Refused<AnswerRefusal>;

/**
 * The question as it is graded now: only questions that belong to the published lesson, and only
 * for someone who may read that lesson (`userId` null: a guest).
 */
export async function getGradingVersion(
  lessonId: string,
  questionId: string,
  userId: string | null,
  executor: Pick<Tx, "execute"> = db,
) {
  const [row] = await selectPreparedRows<GradingVersion>(
    sql`select q.id as question_id, qv.id as version_id, qv.kind, qv.answer, qv.options, qv.explanation, qv.evidence,
               qv.mark_evidence, qv.model_answer, qv.option_spans,
               (select coalesce(jsonb_object_agg(s.id, length(s.body)), '{}') from lesson_sources ls
                  join sources s on s.id = ls.source_id where ls.lesson_id = l.id) as source_lengths,
               jsonb_array_length(l.question_order) as question_count, l.is_demo
        from questions q
        join lessons l on l.id = q.lesson_id and l.status = 'published'
        join question_versions qv on qv.id = q.current_version_id
        where q.id = ${questionId} and q.lesson_id = ${lessonId} and q.retired_at is null and ${lessonVisibleTo(userId)}`,
    executor,
  );
  return row ?? null;
}

type RecordRow = {
  outcome: "recorded" | GateRefusal | "finished" | "rate-limited" | "stale";
  chosen: string[];
  shown_order: string[] | null;
  score: number | null;
  correct: boolean | null;
  fresh: boolean;
  answered: number;
  attempt_id: string;
  attempt_score: number | null;
  marks: MarkSpan[] | null;
  mark_credit: number | null;
  response: string | null;
};

/**
 * Grades and stores one answer, the moment it is given, in two round trips: the question as it
 * is graded now (checked by checkSubmission, as a guest's is), then the record_answer function
 * (migrations 0003, 0005, 0007), which checks the assignment through assignment_answer_gate (the
 * gate startRetry uses), finds or opens the attempt, stores the answer and the attempt's progress
 * atomically. The first answer to a question in an attempt is final: a replayed or double-clicked
 * submission returns that stored answer and changes nothing (unique attempt × question). The last
 * answer of a lesson completes the attempt. A refusal is a reason code, never a sentence.
 */
export async function recordAnswer(input: {
  userId: string;
  lessonId: string;
  questionId: string;
  chosen: string[];
  /** Passages marked in the article (two-tier items; ignored elsewhere). */
  marks?: MarkSpan[];
  /** Written questions: what the student wrote. */
  response?: string;
  /** The attempt number the page was drawn for. */
  attempt: number;
  /** The order that page showed the question's options in (drawn by the caller, who holds the secret). */
  shownOrder: (options: OptionRecord[]) => string[];
  timeSpentMs?: number;
  /** Set when the lesson is taken as an assignment: its own attempts, checked against the assignment. */
  assignmentId?: string | null;
}): Promise<RecordedAnswer | RecordAnswerRefused> {
  const found = await getGradingVersion(input.lessonId, input.questionId, input.userId);
  const chosen = found ? answeredOptions(found, input.chosen, input.marks) : input.chosen;
  const checked = checkSubmission(found, chosen, input.marks, input.response);
  if ("refusal" in checked) return checked;
  const version = checked.question;

  const marks = keepsMarks(version) ? mergeSpans(input.marks ?? []) : null;
  const grade = gradeAnswer(version, chosen, marks ?? []);
  const limit = limitFor("answersPerAccount");
  const [row] = await selectPreparedRows<RecordRow>(
    sql`select * from record_answer(${input.userId}::uuid, ${input.lessonId}, ${input.questionId}, ${version.version_id}::int,
          ${version.question_count}::int, ${input.assignmentId ?? null}::uuid, ${toTextArray(chosen)}, ${grade.score}::real,
          ${grade.correct}::boolean, ${input.timeSpentMs ?? null}::int,
          ${limit ? limitKey("answersPerAccount", input.userId) : null}, ${limit?.points ?? null}::int, ${limit?.seconds ?? null}::int,
          ${input.attempt}::int, ${toTextArray(input.shownOrder(version.options))},
          ${marks ? JSON.stringify(marks) : null}::jsonb, ${grade.marking?.credit ?? null}::real,
          ${version.kind === "written" ? (input.response ?? null) : null})`,
  );
  if (!row) throw new Error("record_answer returned no row");
  if (row.outcome === "rate-limited") return { refusal: "rate-limited", retryAfter: row.answered };
  if (row.outcome !== "recorded") return { refusal: row.outcome };
  return {
    version,
    chosen: row.chosen,
    shownOrder: row.shown_order,
    score: row.score,
    correct: row.correct,
    marks: row.marks,
    markCredit: row.mark_credit,
    response: row.response,
    fresh: row.fresh,
    answered: row.answered,
    attemptId: row.attempt_id,
    attemptScore: row.attempt_score,
  };
}

function toTextArray(values: string[]) {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}
