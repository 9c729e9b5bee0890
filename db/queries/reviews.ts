import "server-only";
import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import type { EvidenceRecord } from "@/db/schema";
import type { Rubric } from "@/lib/content/schema";
import type { RubricLevel } from "@/lib/content/skills";
import type { MarkSpan } from "@/lib/grading/mark-credit";
import { managedBy, type Viewer } from "./class-access";

/** One written response as the review queue shows it: the student's words and marks, the rubric, any earlier review. */
export type ResponseForReview = {
  answerId: number;
  studentName: string;
  questionId: string;
  prompt: string;
  response: string;
  marks: MarkSpan[] | null;
  markCredit: number | null;
  modelAnswer: string;
  rubric: Rubric;
  explanation: string;
  evidence: EvidenceRecord[];
  answeredAt: Date;
  /** The lesson's articles, to show the student's marks in them. */
  sources: { id: string; outlet: string; title: string; body: string }[];
  review: { level: RubricLevel; comment: string | null; reviewedAt: string } | null;
};

/** Written answers to one assignment, counted: the queue's heading and the class page's link. */
export type ReviewCounts = { awaiting: number; scored: number };

/**
 * Written answers are the assignment's answers to written questions; those still awaiting review
 * have no score (the partial index answers_awaiting_review_idx finds them).
 */
const writtenAnswers = sql`answers x
  join attempts t on t.id = x.attempt_id
  join question_versions qv on qv.id = x.question_version_id and qv.kind = 'written'`;

/**
 * The response the queue shows: a named one (`answerId`, to score again), else the first awaiting
 * review after `after` in the order they were sent (wrapping round: "skip" comes back to it).
 * Only from an assignment `viewer` manages; null when there is none.
 */
export async function getResponseForReview(
  viewer: Viewer,
  assignmentId: string,
  pick: { answerId?: number; after?: number },
): Promise<ResponseForReview | null> {
  const which = pick.answerId !== undefined ? sql`x.id = ${pick.answerId}` : sql`x.score is null`;
  const [row] = await selectRows<ResponseForReview & { answeredAt: string }>(sql`
    select x.id::int as "answerId", u.name as "studentName", x.question_id as "questionId", qv.prompt,
           x.response, x.marks, x.mark_credit as "markCredit", qv.model_answer as "modelAnswer", qv.rubric,
           qv.explanation, qv.evidence, x.created_at as "answeredAt",
           (select json_build_object('level', r.level, 'comment', r.comment, 'reviewedAt', r.reviewed_at)
              from answer_reviews r where r.answer_id = x.id) as review,
           (select json_agg(json_build_object('id', s.id, 'outlet', s.outlet, 'title', s.title, 'body', s.body)
                            order by ls.position)
              from lesson_sources ls join sources s on s.id = ls.source_id where ls.lesson_id = t.lesson_id) as sources
    from ${writtenAnswers}
    join users u on u.id = t.user_id
    join assignments a on a.id = t.assignment_id
    join classes on classes.id = a.class_id
    where t.assignment_id = ${assignmentId} and ${managedBy(viewer)} and ${which}
    order by (${pick.after ?? null}::bigint is not null and x.id <= ${pick.after ?? null}::bigint), x.id
    limit 1`);
  return row ? { ...row, answeredAt: new Date(row.answeredAt) } : null;
}

/** The assignment's written answers, awaiting and scored (the caller has checked the assignment is the viewer's). */
export async function countReviews(assignmentId: string): Promise<ReviewCounts> {
  const [row] = await selectRows<ReviewCounts>(sql`
    select count(*) filter (where x.score is null)::int as awaiting, count(x.score)::int as scored
    from ${writtenAnswers}
    where t.assignment_id = ${assignmentId}`);
  return row ?? { awaiting: 0, scored: 0 };
}

/** The scored responses of an assignment, newest review first, to open one again. */
export async function listScoredResponses(
  assignmentId: string,
): Promise<{ answerId: number; studentName: string; prompt: string; level: RubricLevel }[]> {
  return selectRows(sql`
    select x.id::int as "answerId", u.name as "studentName", qv.prompt, r.level
    from ${writtenAnswers}
    join answer_reviews r on r.answer_id = x.id
    join users u on u.id = t.user_id
    where t.assignment_id = ${assignmentId}
    order by r.reviewed_at desc, x.id desc`);
}
