import "server-only";
import { sql } from "drizzle-orm";
import { selectReportRows } from "@/db/replica";
import { RECENT_WINDOW } from "@/lib/mastery";
import type { Viewer } from "../class-access";
import { ownedClass } from "./scopes";

export type StudentSkillScore = { studentId: string; skill: string; answers: number; mastery: number };
export type RosterStudent = { id: string; name: string };

/**
 * Per student and skill, the mastery rule of lib/mastery.ts (mean of the last RECENT_WINDOW
 * answers) over the answers given in this class's assignments only: what the class's work shows,
 * not what a student practised elsewhere.
 */
export async function listClassSkillScores(
  viewer: Viewer,
  classId: string,
  studentId?: string,
): Promise<StudentSkillScore[]> {
  const rows = await selectReportRows<{ student_id: string; skill: string; answers: number; mastery: number }>(sql`
    with class_answers as (
      select t.user_id, qv.skill, x.score,
             row_number() over (partition by t.user_id, qv.skill order by x.created_at desc, x.id desc) as recency
      from classes
      join assignments a on a.class_id = classes.id
      join enrollments en on en.class_id = classes.id
      -- One index lookup per assignment and student ("offset 0" keeps the planner from
      -- flattening it into a sequential scan of attempts).
      cross join lateral (select t.id, t.user_id from attempts t where t.assignment_id = a.id and t.user_id = en.student_id offset 0) t
      join answers x on x.attempt_id = t.id
      join question_versions qv on qv.id = x.question_version_id
      -- A written answer counts once its teacher has scored it.
      where ${ownedClass(viewer, classId)} and x.score is not null ${studentId ? sql`and en.student_id = ${studentId}` : sql``}
    )
    select user_id as student_id, skill, count(*)::int as answers, avg(score)::float8 as mastery
    from class_answers where recency <= ${RECENT_WINDOW}
    group by user_id, skill`);
  return rows.map((r) => ({ studentId: r.student_id, skill: r.skill, answers: r.answers, mastery: r.mastery }));
}

/** The class roster, for the rows of the heatmap (students with no answers yet included). */
export async function listReportRoster(viewer: Viewer, classId: string): Promise<RosterStudent[]> {
  return selectReportRows<RosterStudent>(sql`
    select u.id, u.name
    from classes
    join enrollments en on en.class_id = classes.id
    join users u on u.id = en.student_id
    where ${ownedClass(viewer, classId)}
    order by u.name, u.id`);
}
