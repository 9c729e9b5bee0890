CREATE TABLE "class_data_versions" (
	"class_id" uuid PRIMARY KEY NOT NULL,
	"version" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "class_data_versions" ADD CONSTRAINT "class_data_versions_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- A class's token moves on with every statement that changes what its reports show, in that
-- statement's transaction, once per transaction: the classes already touched are kept in a
-- transaction-local setting (undone with a rolled-back savepoint, like the row), so record_answer,
-- which writes an answer and then its attempt, updates the row once. Rows in class id order, so
-- writers to several classes take them in one order. A class deleted in the statement has no row
-- to keep.
CREATE FUNCTION touch_class_data(p_classes uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_touched text := coalesce(current_setting('byline.touched_classes', true), '');
  v_new uuid[];
BEGIN
  IF coalesce(cardinality(p_classes), 0) = 0 THEN
    RETURN;
  END IF;
  SELECT array_agg(DISTINCT c ORDER BY c) INTO v_new
  FROM unnest(p_classes) AS c WHERE c IS NOT NULL AND strpos(v_touched, c::text) = 0;
  IF v_new IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO class_data_versions AS v (class_id, version)
  SELECT c, gen_random_uuid()
  FROM unnest(v_new) AS c
  WHERE EXISTS (SELECT 1 FROM classes x WHERE x.id = c)
  ORDER BY c
  ON CONFLICT (class_id) DO UPDATE SET version = excluded.version;
  PERFORM set_config('byline.touched_classes', v_touched || array_to_string(v_new, ' ') || ' ', true);
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_assignment_student_stats(p_assignments uuid[], p_users uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Most writes change nothing a row summarizes (the triggers pass no pairs then).
  IF coalesce(cardinality(p_assignments), 0) = 0 THEN
    RETURN;
  END IF;
  -- The classes' report tokens first (migration 0011): every writer takes a class's token before
  -- the rows of its students, in that order, so two writers cannot wait on each other.
  PERFORM touch_class_data(array_agg(x.class_id)) FROM assignments x WHERE x.id = ANY(p_assignments);
  -- A row to lock for every pair that can have one (a student or an assignment deleted in this
  -- statement has none, and gets none).
  INSERT INTO assignment_student_stats (assignment_id, user_id, attempts, finished, on_time, awaiting_review)
  SELECT DISTINCT p.a, p.u, 0, false, false, 0
  FROM unnest(p_assignments, p_users) AS p(a, u)
  WHERE p.a IS NOT NULL AND p.u IS NOT NULL
    AND EXISTS (SELECT 1 FROM assignments x WHERE x.id = p.a) AND EXISTS (SELECT 1 FROM users x WHERE x.id = p.u)
  ORDER BY 1, 2
  ON CONFLICT (assignment_id, user_id) DO NOTHING;
  PERFORM 1 FROM assignment_student_stats s
  JOIN (SELECT DISTINCT p.a, p.u FROM unnest(p_assignments, p_users) AS p(a, u)) p
    ON s.assignment_id = p.a AND s.user_id = p.u
  ORDER BY s.assignment_id, s.user_id
  FOR UPDATE OF s;
  -- A new statement, so a new snapshot: what a writer this one waited for committed is counted.
  WITH summary AS (
    SELECT s.assignment_id, s.user_id,
           count(t.id)::int AS attempts,
           coalesce(bool_or(t.completed_at IS NOT NULL), false) AS finished,
           coalesce(bool_or(t.completed_at IS NOT NULL AND NOT t.late), false) AS on_time,
           max(t.score) FILTER (WHERE t.completed_at IS NOT NULL) AS best,
           -- Written answers not yet scored: only they have no score.
           coalesce(sum((SELECT count(*) FROM answers x WHERE x.attempt_id = t.id AND x.score IS NULL)), 0)::int AS awaiting_review,
           -- The item analysis counts each student's first completed attempt (later ones saw the feedback).
           (array_agg(t.id ORDER BY t.completed_at, t.number) FILTER (WHERE t.completed_at IS NOT NULL))[1] AS first_completed_attempt_id
    FROM (SELECT DISTINCT p.a, p.u FROM unnest(p_assignments, p_users) AS p(a, u)) p
    JOIN assignment_student_stats s ON s.assignment_id = p.a AND s.user_id = p.u
    LEFT JOIN attempts t ON t.assignment_id = s.assignment_id AND t.user_id = s.user_id
    GROUP BY s.assignment_id, s.user_id
  )
  UPDATE assignment_student_stats s SET
    attempts = summary.attempts, finished = summary.finished, on_time = summary.on_time, best = summary.best,
    awaiting_review = summary.awaiting_review, first_completed_attempt_id = summary.first_completed_attempt_id
  FROM summary WHERE s.assignment_id = summary.assignment_id AND s.user_id = summary.user_id;
  -- No attempt left: not started, no row.
  DELETE FROM assignment_student_stats s
  USING (SELECT DISTINCT p.a, p.u FROM unnest(p_assignments, p_users) AS p(a, u)) p
  WHERE s.assignment_id = p.a AND s.user_id = p.u AND s.attempts = 0;
END
$$;--> statement-breakpoint
-- One function per table. Statement triggers with transition tables, as for the statistics
-- (0010): a bulk write moves each class's token once. An UPDATE reads both sides (a row that
-- moved to another class changes both).
CREATE FUNCTION answers_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM touch_class_data(array_agg(a.class_id))
    FROM (SELECT attempt_id FROM changed UNION SELECT attempt_id FROM before) c
    JOIN attempts t ON t.id = c.attempt_id JOIN assignments a ON a.id = t.assignment_id;
  ELSE
    PERFORM touch_class_data(array_agg(a.class_id))
    FROM (SELECT DISTINCT attempt_id FROM changed) c
    JOIN attempts t ON t.id = c.attempt_id JOIN assignments a ON a.id = t.assignment_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION attempts_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM touch_class_data(array_agg(a.class_id))
    FROM (SELECT assignment_id FROM changed UNION SELECT assignment_id FROM before) c
    JOIN assignments a ON a.id = c.assignment_id;
  ELSE
    PERFORM touch_class_data(array_agg(a.class_id))
    FROM (SELECT DISTINCT assignment_id FROM changed) c JOIN assignments a ON a.id = c.assignment_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION assignments_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM touch_class_data(array_agg(c.class_id))
    FROM (SELECT class_id FROM changed UNION SELECT class_id FROM before) c;
  ELSE
    PERFORM touch_class_data(array_agg(DISTINCT class_id)) FROM changed;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION assignment_students_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_class_data(array_agg(a.class_id))
  FROM (SELECT DISTINCT assignment_id FROM changed) c JOIN assignments a ON a.id = c.assignment_id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION enrollments_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    PERFORM touch_class_data(array_agg(c.class_id))
    FROM (SELECT class_id FROM changed UNION SELECT class_id FROM before) c;
  ELSE
    PERFORM touch_class_data(array_agg(DISTINCT class_id)) FROM changed;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A class's own name and settings (its deletion takes its token with it).
CREATE FUNCTION classes_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_class_data(array_agg(id)) FROM changed;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Names (and logins) are shown in every report of the classes a student is in; a lesson's title, its questions
-- and their wording in those of the classes it is assigned to.
CREATE FUNCTION users_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_class_data(array_agg(e.class_id))
  FROM before b JOIN changed n ON n.id = b.id JOIN enrollments e ON e.student_id = n.id
  WHERE (b.name, b.username, b.email) IS DISTINCT FROM (n.name, n.username, n.email);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION lessons_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_class_data(array_agg(a.class_id))
  FROM before b JOIN changed n ON n.id = b.id JOIN assignments a ON a.lesson_id = n.id
  WHERE (b.title, b.question_order) IS DISTINCT FROM (n.title, n.question_order);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION questions_touch_class_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM touch_class_data(array_agg(a.class_id))
  FROM before b JOIN changed n ON n.id = b.id JOIN assignments a ON a.lesson_id = n.lesson_id
  WHERE b.current_version_id IS DISTINCT FROM n.current_version_id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER answers_version_insert AFTER INSERT ON answers REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION answers_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER answers_version_delete AFTER DELETE ON answers REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION answers_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER answers_version_update AFTER UPDATE ON answers REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION answers_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER attempts_version_insert AFTER INSERT ON attempts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION attempts_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER attempts_version_delete AFTER DELETE ON attempts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION attempts_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER attempts_version_update AFTER UPDATE ON attempts REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION attempts_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER assignments_version_insert AFTER INSERT ON assignments REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER assignments_version_delete AFTER DELETE ON assignments REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER assignments_version_update AFTER UPDATE ON assignments REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER assignment_students_version_insert AFTER INSERT ON assignment_students REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION assignment_students_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER assignment_students_version_delete AFTER DELETE ON assignment_students REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION assignment_students_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER enrollments_version_insert AFTER INSERT ON enrollments REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION enrollments_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER enrollments_version_delete AFTER DELETE ON enrollments REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION enrollments_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER enrollments_version_update AFTER UPDATE ON enrollments REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION enrollments_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER classes_version_update AFTER UPDATE ON classes REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION classes_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER users_version_update AFTER UPDATE ON users REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION users_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER lessons_version_update AFTER UPDATE ON lessons REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION lessons_touch_class_data();
--> statement-breakpoint
CREATE TRIGGER questions_version_update AFTER UPDATE ON questions REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION questions_touch_class_data();
