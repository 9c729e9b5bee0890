import "server-only";
import { sql } from "drizzle-orm";
import { selectReportRows } from "@/db/replica";
import type { OptionRecord } from "@/db/schema";
import type { Level, RubricLevel } from "@/lib/content/skills";
import type { Viewer } from "../class-access";
import { assignedEnrollment, ownedClass } from "./scopes";

export type ItemStatistics = {
  questionId: string;
  number: number;
  prompt: string;
  kind: string;
  skill: string;
  level: Level;
  /** `generated`: a highlight item's sentence no author listed (a wrong pick), shown only when picked. */
  options: { id: string; text: string; misconception: string | null; generated: boolean }[];
  answer: string[];
  /** Students whose first completed attempt answered it. */
  answered: number;
  /** Share correct (0..1); a written question: the mean rubric credit of the scored answers. Null with none. */
  facility: number | null;
  /** Written questions: answers not yet scored (they count in `answered`, not in facility). */
  awaitingReview: number;
  /** Written questions: how many answers were scored at each rubric level. */
  levels: Partial<Record<RubricLevel, number>>;
  /** Corrected point-biserial; null when it is undefined (no variation, or under 2 answers). */
  discrimination: number | null;
  /** Two-tier items: the mean credit of the marks (0..1); null for the other kinds or no answers. */
  evidenceCredit: number | null;
  /** How many chose each option id (highlight items: each selected sentence counts). */
  picks: Record<string, number>;
};

/**
 * Item analysis over each assigned student's FIRST completed attempt (later attempts have seen the
 * feedback). Facility is the share correct; discrimination is the Pearson correlation between
 * getting the item right (0/1) and the score on the other items (the corrected point-biserial),
 * computed by Postgres's corr() aggregate.
 */
export async function listItemStatistics(
  viewer: Viewer,
  classId: string,
  assignmentId: string,
): Promise<ItemStatistics[]> {
  const rows = await selectReportRows<{
    question_id: string;
    number: number;
    prompt: string;
    kind: string;
    skill: string;
    level: Level;
    options: OptionRecord[];
    answer: string[];
    answered: number | null;
    facility: number | null;
    discrimination: number | null;
    evidence_credit: number | null;
    awaiting_review: number | null;
    levels: Partial<Record<RubricLevel, number>>;
    picks: Record<string, number>;
  }>(sql`
    with counted as (
      select st.first_completed_attempt_id as id
      from classes
      join assignments a on a.class_id = classes.id
      join enrollments en on ${assignedEnrollment}
      join assignment_student_stats st on st.assignment_id = a.id and st.user_id = en.student_id
      where a.id = ${assignmentId} and ${ownedClass(viewer, classId)} and st.first_completed_attempt_id is not null
    ),
    scored as (
      select x.question_id, x.correct, x.score, x.chosen, x.mark_credit, r.level,
             sum(x.score) over (partition by x.attempt_id) - x.score as rest
      from answers x join counted c on c.id = x.attempt_id
      left join answer_reviews r on r.answer_id = x.id
    ),
    items as (
      -- A written answer awaiting review has no score or correct: aggregates leave it out.
      select question_id, count(*)::int as answered,
             (case when bool_or(level is not null) then avg(score) else avg(correct::int) end)::float8 as facility,
             corr(correct::int, rest)::float8 as discrimination, avg(mark_credit)::float8 as evidence_credit,
             count(*) filter (where score is null)::int as awaiting_review,
             coalesce(jsonb_object_agg(level, n) filter (where level is not null), '{}') as levels
      from (select s.*, count(*) over (partition by question_id, level) as n from scored s) s
      group by question_id
    ),
    picks as (
      select s.question_id, o.option_id, count(*)::int as chosen
      from scored s cross join unnest(s.chosen) as o(option_id)
      group by s.question_id, o.option_id
    )
    select q.id as question_id, o.n::int as number, qv.prompt, qv.kind, qv.skill, qv.level, qv.options, qv.answer,
           items.answered, items.facility, items.discrimination, items.evidence_credit,
           items.awaiting_review, coalesce(items.levels, '{}') as levels,
           coalesce((select json_object_agg(p.option_id, p.chosen) from picks p where p.question_id = q.id), '{}') as picks
    from classes
    join assignments a on a.class_id = classes.id
    join lessons l on l.id = a.lesson_id
    cross join lateral jsonb_array_elements_text(l.question_order) with ordinality as o(id, n)
    join questions q on q.id = o.id
    join question_versions qv on qv.id = q.current_version_id
    left join items on items.question_id = q.id
    where a.id = ${assignmentId} and ${ownedClass(viewer, classId)}
    order by o.n`);
  return rows.map((r) => ({
    questionId: r.question_id,
    number: r.number,
    prompt: r.prompt,
    kind: r.kind,
    skill: r.skill,
    level: r.level,
    options: r.options.map((o) => ({
      id: o.id,
      text: o.text,
      misconception: o.misconception ?? null,
      generated: Boolean(o.generated),
    })),
    answer: r.answer,
    answered: r.answered ?? 0,
    facility: r.facility,
    discrimination: r.discrimination,
    evidenceCredit: r.evidence_credit,
    awaitingReview: r.awaiting_review ?? 0,
    levels: r.levels,
    picks: r.picks,
  }));
}
