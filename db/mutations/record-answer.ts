import { sql } from "drizzle-orm";
import { db, selectRows, type Tx } from "@/db";
import type { EvidenceRecord, OptionRecord } from "@/db/schema";
import type { QuestionKind } from "@/lib/content/skills";
import { gradeAnswer, unknownOptions } from "@/lib/grading/grade-answer";
import { ANSWER_GATE_MESSAGES, gateAssignmentAnswer } from "@/db/queries/student-assignments";
import { lessonVisibleTo } from "@/db/queries/lesson-access";
import { ON_OPEN_ATTEMPT_CONFLICT, sameContext } from "@/db/attempt-context";

export type GradingVersion = {
  question_id: string;
  version_id: number;
  kind: QuestionKind;
  answer: string[];
  options: OptionRecord[];
  explanation: string;
  evidence: EvidenceRecord[];
  question_count: number;
  is_demo: boolean;
};

export type RecordedAnswer = {
  version: GradingVersion;
  chosen: string[];
  score: number;
  correct: boolean;
  /** False when this exact question was already answered in the attempt (a replay or double click). */
  fresh: boolean;
  answered: number;
  attemptId: string;
  attemptScore: number | null;
};

export type RecordAnswerError = { error: string };

/**
 * The question as it is graded now: only questions that belong to the published lesson, and only
 * for someone who may read that lesson (`userId` null: a guest).
 */
export async function getGradingVersion(lessonId: string, questionId: string, userId: string | null, executor: Pick<Tx, "execute"> = db) {
  const [row] = await selectRows<GradingVersion>(
    sql`select q.id as question_id, qv.id as version_id, qv.kind, qv.answer, qv.options, qv.explanation, qv.evidence,
               jsonb_array_length(l.question_order) as question_count, l.is_demo
        from questions q
        join lessons l on l.id = q.lesson_id and l.status = 'published'
        join question_versions qv on qv.id = q.current_version_id
        where q.id = ${questionId} and q.lesson_id = ${lessonId} and q.retired_at is null and ${lessonVisibleTo(userId)}`,
    executor,
  );
  return row ?? null;
}

/**
 * Grades and stores one answer, the moment it is given. The first answer to a question in an
 * attempt is final: a replayed or double-clicked submission returns that stored answer and
 * changes nothing (unique attempt × question, insert … on conflict do nothing). The last answer
 * of a lesson completes the attempt in the same transaction.
 */
export async function recordAnswer(input: {
  userId: string;
  lessonId: string;
  questionId: string;
  chosen: string[];
  timeSpentMs?: number;
  /** Set when the lesson is taken as an assignment: its own attempts, checked against the assignment. */
  assignmentId?: string | null;
}): Promise<RecordedAnswer | RecordAnswerError> {
  const assignmentId = input.assignmentId ?? null;
  return db.transaction(async (tx) => {
    const version = await getGradingVersion(input.lessonId, input.questionId, input.userId, tx);
    if (!version) return { error: "This question is not part of the lesson any more. Reload the page to continue." };
    if (unknownOptions(version, input.chosen).length > 0) return { error: "That choice is not one of this question's options." };
    if (version.kind !== "highlight" && input.chosen.length !== 1) return { error: "Choose exactly one answer." };

    if (assignmentId) {
      const gate = await gateAssignmentAnswer(tx, input.userId, assignmentId, input.lessonId);
      if (!gate.ok) return { error: ANSWER_GATE_MESSAGES[gate.reason] };
    }
    const attempt = await attemptForAnswer(tx, input.userId, input.lessonId, assignmentId, version.question_count);
    const attemptId = attempt.id;
    const grade = gradeAnswer(version, input.chosen);
    const [inserted] = attempt.completed
      ? []
      : await selectRows<{ chosen: string[]; score: number; correct: boolean }>(
          sql`insert into answers (attempt_id, question_id, question_version_id, chosen, score, correct, time_spent_ms)
              values (${attemptId}, ${input.questionId}, ${version.version_id}, ${toTextArray(input.chosen)}, ${grade.score},
                      ${grade.correct}, ${input.timeSpentMs ?? null})
              on conflict (attempt_id, question_id) do nothing
              returning chosen, score, correct`,
          tx,
        );
    const [stored] = inserted
      ? [inserted]
      : await selectRows<{ chosen: string[]; score: number; correct: boolean }>(
          sql`select chosen, score, correct from answers where attempt_id = ${attemptId} and question_id = ${input.questionId}`,
          tx,
        );
    if (!stored) return { error: "You have finished this lesson. Choose “Try again” to start a new attempt." };
    const [progress] = await selectRows<{ answered: number; attempt_score: number | null }>(
      sql`with totals as (select count(*)::int as answered, sum(score) as total from answers where attempt_id = ${attemptId})
          update attempts set
            completed_at = case when totals.answered >= attempts.question_count then coalesce(completed_at, now()) end,
            score = case when totals.answered >= attempts.question_count then totals.total / attempts.question_count end,
            -- Late work is allowed and marked: finished after the assignment's due date.
            late = case when totals.answered >= attempts.question_count and attempts.completed_at is null
                        then coalesce((select now() > due_at from assignments where id = attempts.assignment_id), false)
                        else attempts.late end
          from totals where attempts.id = ${attemptId}
          returning totals.answered, attempts.score as attempt_score`,
      tx,
    );
    return {
      version,
      chosen: stored.chosen,
      score: stored.score,
      correct: stored.correct,
      fresh: inserted !== undefined,
      answered: progress!.answered,
      attemptId,
      attemptScore: progress!.attempt_score,
    };
  });
}

type AttemptRef = { id: string; completed: boolean };

/**
 * The attempt an answer belongs to: the open one; the first one, created on the very first
 * answer; or, when the lesson is finished, the latest completed one, so a replayed last answer
 * finds itself instead of starting a new attempt. Retrying is an explicit act (startRetry).
 */
async function attemptForAnswer(tx: Tx, userId: string, lessonId: string, assignmentId: string | null, questionCount: number): Promise<AttemptRef> {
  const [created] = await selectRows<{ id: string }>(
    sql`insert into attempts (user_id, lesson_id, assignment_id, number, question_count)
        select ${userId}, ${lessonId}, ${assignmentId}::uuid, 1, ${questionCount}
        where not exists (select 1 from attempts where ${sameContext(userId, lessonId, assignmentId)})
        ${ON_OPEN_ATTEMPT_CONFLICT}
        returning id`,
    tx,
  );
  if (created) return { id: created.id, completed: false };
  // Locked so answers to one attempt are recorded one at a time: two tabs answering the last two
  // questions together must still see each other's answer and complete the attempt.
  const [latest] = await selectRows<{ id: string; completed: boolean }>(
    sql`select id, completed_at is not null as completed from attempts
        where ${sameContext(userId, lessonId, assignmentId)}
        order by completed_at is null desc, number desc
        limit 1
        for update`,
    tx,
  );
  return latest!;
}
function toTextArray(values: string[]) {
  return sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
}
