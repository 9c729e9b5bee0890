import type pg from "pg";
import type { Answer } from "./answer-action";
import { sessionCookie } from "./session-cookie";

export type BenchStudent = { id: string; cookie: string };

/**
 * `count` new student accounts (usernames `bench.<group>.<n>`) with session cookies minted as the
 * app's sign-in would: each burst and load phase gets students who have answered nothing yet.
 * The password hash is not a hash: these accounts never sign in with a password.
 */
export async function createStudents(
  client: pg.ClientBase,
  secret: string,
  group: string,
  count: number,
): Promise<BenchStudent[]> {
  const { rows } = await client.query<{ id: string; sid: string }>(
    `with created as (
       insert into users (role, name, username, password_hash)
       select 'student', 'Bench student ' || $1 || ' ' || g, 'bench.' || $1 || '.' || g, 'bench-no-password-sign-in'
       from generate_series(1, $2::int) g
       returning id)
     insert into sessions (user_id, device) select id, 'Benchmark client' from created returning user_id as id, id as sid`,
    [group, count],
  );
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      cookie: await sessionCookie(secret, { id: r.id, role: "student", sessionId: r.sid }),
    })),
  );
}

/**
 * Every graded question of the built-in lessons in lesson order, each with its key as the chosen
 * answer. Written questions are left out: their answer is text for the teacher's review queue, not
 * options the grader checks, so they would only be refused here.
 */
export async function listLessonAnswers(client: pg.ClientBase): Promise<Answer[]> {
  const { rows } = await client.query<{ lesson_id: string; question_id: string; answer: string[] }>(
    `select l.id as lesson_id, q.id as question_id, qv.answer
     from lessons l
     cross join lateral jsonb_array_elements_text(l.question_order) with ordinality as o(id, n)
     join questions q on q.id = o.id and q.lesson_id = l.id and q.retired_at is null
     join question_versions qv on qv.id = q.current_version_id
     where l.status = 'published' and l.owner_id is null and qv.kind <> 'written'
     order by l.id, o.n`,
  );
  return rows.map((r) => ({ lessonId: r.lesson_id, questionId: r.question_id, chosen: r.answer }));
}

/** The answers stored for one question by these students: (student, chosen) rows. */
export async function storedAnswers(
  client: pg.ClientBase,
  questionId: string,
  studentIds: string[],
): Promise<{ userId: string; chosen: string[] }[]> {
  const { rows } = await client.query<{ user_id: string; chosen: string[] }>(
    `select t.user_id, x.chosen from answers x join attempts t on t.id = x.attempt_id
     where x.question_id = $1 and t.user_id = any($2::uuid[])`,
    [questionId, studentIds],
  );
  return rows.map((r) => ({ userId: r.user_id, chosen: r.chosen }));
}
