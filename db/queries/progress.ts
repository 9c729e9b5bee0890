import "server-only";
import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import { RECENT_WINDOW } from "@/lib/mastery";

/** Per skill: how many recent answers count and their mean score (see lib/mastery.ts for the rule). */
export async function listSkillScores(userId: string): Promise<{ skill: string; answers: number; mastery: number }[]> {
  return selectRows(sql`
    with ranked as (
      select qv.skill, ans.score,
             row_number() over (partition by qv.skill order by ans.created_at desc, ans.id desc) as recency
      from answers ans
      join attempts a on a.id = ans.attempt_id
      join question_versions qv on qv.id = ans.question_version_id
      -- A written answer counts once its teacher has scored it.
      where a.user_id = ${userId} and ans.score is not null
    )
    select skill, count(*)::int as answers, avg(score)::float8 as mastery
    from ranked where recency <= ${RECENT_WINDOW}
    group by skill`);
}

export type AttemptHistoryRow = {
  lessonId: string;
  title: string;
  number: number;
  /** Over what is scored; null when nothing is yet (written answers only, all awaiting review). */
  score: number | null;
  /** An assignment's written answers its teacher has yet to score (practice ones are never scored). */
  awaitingReview: number;
  completedAt: Date;
};

export async function listCompletedAttempts(userId: string): Promise<AttemptHistoryRow[]> {
  const rows = await selectRows<{
    lesson_id: string;
    title: string;
    number: number;
    score: number | null;
    awaiting_review: number;
    completed_at: string | Date;
  }>(sql`
    select a.lesson_id, l.title, a.number, a.score, a.completed_at,
           case when a.assignment_id is null then 0
                else (select count(*)::int from answers x where x.attempt_id = a.id and x.score is null) end as awaiting_review
    from attempts a join lessons l on l.id = a.lesson_id
    where a.user_id = ${userId} and a.completed_at is not null
    order by a.completed_at desc
    limit 100`);
  return rows.map((r) => ({
    lessonId: r.lesson_id,
    title: r.title,
    number: r.number,
    score: r.score,
    awaitingReview: r.awaiting_review,
    completedAt: new Date(r.completed_at),
  }));
}
