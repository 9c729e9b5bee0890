import type pg from "pg";

/** Bump when the shape of the data set changes: a cached set with another version is rebuilt. */
const SCHOOL_VERSION = 1;
const CLASSES_PER_TEACHER = 6;
const STUDENTS_PER_CLASS = 30;
const ASSIGNMENTS_PER_CLASS = 10;
/** The measured teachers (10 concurrent); the others only fill the tables to the target size. */
const MEASURED_TEACHERS = 10;
const ANSWERS_PER_TEACHER_ESTIMATE = CLASSES_PER_TEACHER * STUDENTS_PER_CLASS * ASSIGNMENTS_PER_CLASS * 9.2 * 1.1;

const marker = (targetAnswers: number) => `bench-school-v${SCHOOL_VERSION}-${targetAnswers}@byline.bench`;

/** True when this exact data set is there; an error when another one is (it would be mixed in). */
export async function schoolIsSeeded(client: pg.ClientBase, targetAnswers: number): Promise<boolean> {
  const { rows } = await client.query<{ email: string }>(
    "select email from users where email like 'bench-school-%@byline.bench'",
  );
  if (rows.some((r) => r.email === marker(targetAnswers))) return true;
  if (rows.length > 0) {
    throw new Error(
      `this database holds another benchmark data set (${rows[0]!.email}): delete .bench-data/ or drop the byline_bench_school database`,
    );
  }
  return false;
}

/**
 * A large school built inside the database with generate_series (no rows pass through Node):
 * teachers with 6 classes of 30 students, 10 assignments per class, one completed attempt per
 * student and assignment (a tenth retried, a tenth late), answers right with a probability that
 * depends on the student, until about `targetAnswers` answers exist.
 */
export async function seedSchool(
  client: pg.ClientBase,
  targetAnswers: number,
  passwordHash: string,
  log: (line: string) => void,
): Promise<void> {
  const teachers = Math.max(MEASURED_TEACHERS, Math.ceil(targetAnswers / ANSWERS_PER_TEACHER_ESTIMATE));
  const step = async (label: string, text: string, values: unknown[] = []) => {
    const started = Date.now();
    const result = await client.query(text, values);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query("begin");
  await step(
    "teachers",
    `insert into users (role, name, email, password_hash)
     select 'teacher', 'Bench Teacher ' || g, 'bench-teacher-' || g || '@byline.bench', $2 from generate_series(1, $1) g`,
    [teachers, passwordHash],
  );
  await step(
    "classes",
    `insert into classes (teacher_id, name, section)
     select u.id, 'Bench class ' || c, split_part(u.email, '@', 1)
     from users u cross join generate_series(1, $1) c where u.email like 'bench-teacher-%@byline.bench'`,
    [CLASSES_PER_TEACHER],
  );
  await step(
    "students",
    `insert into users (role, name, username, password_hash, created_by_id)
     select 'student', 'Bench Student ' || k.n || '-' || s, 'bench.' || k.n || '.' || s, $2, k.teacher_id
     from (select id, teacher_id, row_number() over (order by id) as n from classes where name like 'Bench class %') k
     cross join generate_series(1, $1) s`,
    [STUDENTS_PER_CLASS, passwordHash],
  );
  await step(
    "enrollments",
    `insert into enrollments (class_id, student_id)
     select k.id, u.id
     from (select id, row_number() over (order by id) as n from classes where name like 'Bench class %') k
     join users u on u.username like 'bench.%' and split_part(u.username, '.', 2)::int = k.n`,
  );
  await step(
    "assignments",
    `insert into assignments (class_id, lesson_id, created_by_id, opens_at, due_at)
     select k.id, l.ids[1 + (a % array_length(l.ids, 1))], k.teacher_id,
            now() - ((a * 7 + 3) || ' days')::interval, now() - ((a * 7) || ' days')::interval + interval '12 hours'
     from classes k
     cross join (select array_agg(id order by id) as ids from lessons where not is_demo and status = 'published' and owner_id is null) l
     cross join generate_series(1, $1) a
     where k.name like 'Bench class %'`,
    [ASSIGNMENTS_PER_CLASS],
  );
  await step(
    "attempts",
    `insert into attempts (user_id, lesson_id, assignment_id, number, question_count, started_at, completed_at, late)
     select e.student_id, a.lesson_id, a.id, 1, jsonb_array_length(l.question_order), t.finished - interval '25 minutes', t.finished, t.finished > a.due_at
     from assignments a
     join classes k on k.id = a.class_id and k.name like 'Bench class %'
     join enrollments e on e.class_id = a.class_id
     join lessons l on l.id = a.lesson_id
     cross join lateral (select a.due_at - interval '2 days' + (random() * interval '2 days 12 hours') as finished) t`,
  );
  await step(
    "retries",
    `insert into attempts (user_id, lesson_id, assignment_id, number, question_count, started_at, completed_at, late)
     select t.user_id, t.lesson_id, t.assignment_id, 2, t.question_count, t.completed_at + interval '1 day', t.completed_at + interval '1 day 20 minutes', true
     from attempts t join assignments a on a.id = t.assignment_id join classes k on k.id = a.class_id and k.name like 'Bench class %'
     where t.number = 1 and random() < 0.1`,
  );
  await step(
    "answers",
    `insert into answers (attempt_id, question_id, question_version_id, chosen, score, correct, time_spent_ms, created_at)
     select t.id, q.id, qv.id,
            case when r.right then array(select jsonb_array_elements_text(qv.answer)) else array[r.wrong] end,
            case when r.right then 1 else 0 end, r.right, 8000 + (random() * 60000)::int,
            t.started_at + o.n * interval '2 minutes'
     from attempts t
     join assignments a on a.id = t.assignment_id
     join classes k on k.id = a.class_id and k.name like 'Bench class %'
     join lessons l on l.id = t.lesson_id
     cross join lateral jsonb_array_elements_text(l.question_order) with ordinality as o(id, n)
     join questions q on q.id = o.id
     join question_versions qv on qv.id = q.current_version_id
     cross join lateral (
       select random() < 0.3 + 0.6 * (abs(hashtext(t.user_id::text)) % 100) / 100.0 - 0.02 * o.n as right,
              (select x->>'id' from jsonb_array_elements(qv.options) x where not qv.answer ? (x->>'id') order by x->>'id' limit 1) as wrong
     ) r`,
  );
  await step(
    "attempt scores",
    `update attempts t set score = s.total / t.question_count
     from (select attempt_id, sum(score) as total from answers group by attempt_id) s
     where s.attempt_id = t.id and t.score is null and t.completed_at is not null`,
  );
  await client.query(
    `insert into users (role, name, email, password_hash) values ('admin', 'Bench data marker', $1, $2)`,
    [marker(targetAnswers), passwordHash],
  );
  await client.query("commit");
  await step("analyze", "analyze");
}

export type MeasuredTeacher = { id: string; classId: string; assignmentId: string; studentId: string };

/** The measured teachers, each with the class, assignment and student their requests open. */
export async function listMeasuredTeachers(client: pg.ClientBase): Promise<MeasuredTeacher[]> {
  const { rows } = await client.query<MeasuredTeacher>(
    `select u.id, k.id as "classId",
            (select a.id from assignments a where a.class_id = k.id order by a.due_at limit 1) as "assignmentId",
            (select e.student_id from enrollments e where e.class_id = k.id order by e.student_id limit 1) as "studentId"
     from users u
     cross join lateral (select id from classes where teacher_id = u.id order by id limit 1) k
     where u.email ~ '^bench-teacher-[0-9]+@byline.bench$' and split_part(split_part(u.email, '@', 1), '-', 3)::int <= $1
     order by u.email`,
    [MEASURED_TEACHERS],
  );
  return rows;
}
