import type pg from "pg";
import { sessionCookie } from "../session-cookie";

export type SeededStudent = { id: string; cookie: string; classId: string; assignmentId: string };
export type SeededTeacher = { id: string; cookie: string; classes: { classId: string; assignmentId: string }[] };
type LessonQuestion = { questionId: string; chosen: string[] };
export type School = {
  lessonId: string;
  questions: LessonQuestion[];
  teachers: SeededTeacher[];
  students: SeededStudent[];
  /** A student outside the load, for the sign-out check. */
  signOutStudent: SeededStudent & { name: string };
};

/** Not a hash: these accounts never sign in with a password (their sessions are minted). */
const NO_PASSWORD = "bench-no-password-sign-in";

/**
 * The built-in lesson the classes are assigned: only choice questions (no written answer to
 * review, no sentences to pick; a two-tier item's marks are optional), so a submission is the
 * key and nothing else; the longest such lesson.
 */
async function pickLesson(client: pg.ClientBase): Promise<{ lessonId: string; questions: LessonQuestion[] }> {
  const { rows } = await client.query<{ lesson_id: string; question_id: string; answer: string[] }>(
    `with plain as (
       select l.id from lessons l
       where l.status = 'published' and l.owner_id is null and not l.is_demo
         and not exists (
           select 1 from jsonb_array_elements_text(l.question_order) o(id)
           join questions q on q.id = o.id join question_versions qv on qv.id = q.current_version_id
           where qv.kind in ('written', 'highlight'))
       order by jsonb_array_length(l.question_order) desc, l.id limit 1)
     select p.id as lesson_id, q.id as question_id, qv.answer
     from plain p join lessons l on l.id = p.id
     cross join lateral jsonb_array_elements_text(l.question_order) with ordinality as o(id, n)
     join questions q on q.id = o.id and q.retired_at is null
     join question_versions qv on qv.id = q.current_version_id
     order by o.n`,
  );
  if (rows.length === 0) throw new Error("no built-in lesson with only choice questions was found");
  return {
    lessonId: rows[0]!.lesson_id,
    questions: rows.map((r) => ({ questionId: r.question_id, chosen: r.answer })),
  };
}

/**
 * Teachers, classes of `perClass` students (the last one smaller) totalling `students`, one
 * assignment of the lesson per class (open now, due in a week), and a session row and a minted
 * cookie for everyone, as the app's sign-in would issue them. All in the primary, in one go.
 */
export async function seedSchool(
  client: pg.ClientBase,
  secret: string,
  sizes: { teachers: number; students: number; perClass: number },
): Promise<School> {
  const { lessonId, questions } = await pickLesson(client);
  const classCount = Math.ceil(sizes.students / sizes.perClass);
  await client.query("begin");
  const { rows: teachers } = await client.query<{ id: string }>(
    `insert into users (role, name, email, password_hash)
     select 'teacher', 'Cluster teacher ' || g, 'cluster-teacher-' || g || '@byline.bench', $2
     from generate_series(1, $1::int) g returning id`,
    [sizes.teachers, NO_PASSWORD],
  );
  // Classes go to the teachers in turn: with 34 classes and 20 teachers, some teach two.
  const { rows: classes } = await client.query<{ id: string; teacher_id: string; n: number }>(
    `insert into classes (teacher_id, name, section)
     select ($1::uuid[])[1 + (g - 1) % array_length($1::uuid[], 1)], 'Cluster class ' || g, 'bench'
     from generate_series(1, $2::int) g returning id, teacher_id, (regexp_replace(name, '\\D', '', 'g'))::int as n`,
    [teachers.map((t) => t.id), classCount],
  );
  classes.sort((a, b) => a.n - b.n);
  const { rows: assignments } = await client.query<{ id: string; class_id: string }>(
    `insert into assignments (class_id, lesson_id, created_by_id, opens_at, due_at)
     select k.id, $2, k.teacher_id, now() - interval '1 hour', now() + interval '7 days'
     from classes k where k.id = any($1::uuid[]) returning id, class_id`,
    [classes.map((k) => k.id), lessonId],
  );
  const assignmentOf = new Map(assignments.map((a) => [a.class_id, a.id]));
  const { rows: students } = await client.query<{ id: string; sid: string; class_id: string; name: string }>(
    `with created as (
       insert into users (role, name, username, password_hash, created_by_id)
       select 'student', 'Cluster student ' || g, 'cluster.' || g, $2, ($3::uuid[])[1 + (g - 1) / $4]
       from generate_series(1, $1::int + 1) g returning id, name, created_by_id, (split_part(username, '.', 2))::int as n),
     enrolled as (
       insert into enrollments (class_id, student_id)
       select ($5::uuid[])[1 + (least(c.n, $1::int) - 1) / $4], c.id from created c returning class_id, student_id)
     insert into sessions (user_id, device)
     select c.id, 'Benchmark client' from created c returning user_id as id, id as sid,
       (select e.class_id from enrolled e where e.student_id = user_id) as class_id,
       (select c.name from created c where c.id = user_id) as name`,
    [sizes.students, NO_PASSWORD, classes.map((k) => k.teacher_id), sizes.perClass, classes.map((k) => k.id)],
  );
  const { rows: teacherSessions } = await client.query<{ id: string; sid: string }>(
    `insert into sessions (user_id, device) select unnest($1::uuid[]), 'Benchmark client' returning user_id as id, id as sid`,
    [teachers.map((t) => t.id)],
  );
  await client.query("commit");
  await client.query("analyze");
  const seededStudents = await Promise.all(
    students.map(async (s) => ({
      id: s.id,
      name: s.name,
      classId: s.class_id,
      assignmentId: assignmentOf.get(s.class_id)!,
      cookie: await sessionCookie(secret, { id: s.id, role: "student", sessionId: s.sid }),
    })),
  );
  seededStudents.sort((a, b) => Number(a.name.split(" ").at(-1)) - Number(b.name.split(" ").at(-1)));
  const signOutStudent = seededStudents.pop()!;
  const seededTeachers = await Promise.all(
    teacherSessions.map(async (t) => ({
      id: t.id,
      cookie: await sessionCookie(secret, { id: t.id, role: "teacher", sessionId: t.sid }),
      classes: classes
        .filter((k) => k.teacher_id === t.id)
        .map((k) => ({ classId: k.id, assignmentId: assignmentOf.get(k.id)! })),
    })),
  );
  return {
    lessonId,
    questions,
    teachers: seededTeachers,
    students: seededStudents.map(({ name: _name, ...s }) => s),
    signOutStudent,
  };
}
