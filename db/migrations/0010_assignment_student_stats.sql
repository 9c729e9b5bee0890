CREATE TABLE "assignment_student_stats" (
	"assignment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"attempts" integer NOT NULL,
	"finished" boolean NOT NULL,
	"on_time" boolean NOT NULL,
	"best" real,
	"awaiting_review" integer NOT NULL,
	"first_completed_attempt_id" uuid,
	CONSTRAINT "assignment_student_stats_assignment_id_user_id_pk" PRIMARY KEY("assignment_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "assignment_student_stats" ADD CONSTRAINT "assignment_student_stats_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_student_stats" ADD CONSTRAINT "assignment_student_stats_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Recomputes assignment_student_stats for these (assignment, student) pairs from their attempts
-- and answers: from scratch, so a row always equals what a scan would count. Set-based, so a bulk
-- write (a seed, a large erasure) costs a few statements, not a few per pair. Each pair's row is
-- locked first (a row lock: a transaction-level advisory lock per pair ran out of lock-table
-- memory on a bulk write of 100,000 pairs), in a fixed order, so that concurrent writers for one
-- student (a teacher's review and the student's retry) recompute one after the other, the later
-- one seeing the earlier one's rows.
CREATE FUNCTION refresh_assignment_student_stats(p_assignments uuid[], p_users uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Most writes change nothing a row summarizes (the triggers pass no pairs then).
  IF coalesce(cardinality(p_assignments), 0) = 0 THEN
    RETURN;
  END IF;
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
-- Statement triggers with transition tables: a bulk write (a seed, an account's erasure) refreshes
-- each pair it touched once, not once per row. Only changes to what the row summarizes count:
-- record_answer rewrites its attempt on every answer, but the summary changes only when the
-- attempt starts or finishes, or when an answer without a score (a written one awaiting review)
-- comes, goes or is scored, so most answers refresh nothing.
CREATE FUNCTION attempts_refresh_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_assignment_student_stats(array_agg(c.assignment_id), array_agg(c.user_id)) FROM changed c;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION attempts_update_refresh_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Both sides: an attempt whose assignment went (set null) leaves its old pair.
  PERFORM refresh_assignment_student_stats(array_agg(c.assignment_id), array_agg(c.user_id))
  FROM (
    SELECT b.assignment_id, b.user_id FROM before b JOIN changed n ON n.id = b.id
    WHERE (b.assignment_id, b.user_id, b.number, b.completed_at, b.score, b.late)
          IS DISTINCT FROM (n.assignment_id, n.user_id, n.number, n.completed_at, n.score, n.late)
    UNION
    SELECT n.assignment_id, n.user_id FROM before b JOIN changed n ON n.id = b.id
    WHERE (b.assignment_id, b.user_id, b.number, b.completed_at, b.score, b.late)
          IS DISTINCT FROM (n.assignment_id, n.user_id, n.number, n.completed_at, n.score, n.late)
  ) c;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION answers_refresh_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An answer deleted with its attempt finds no attempt here: the attempt's own trigger refreshes.
  PERFORM refresh_assignment_student_stats(array_agg(t.assignment_id), array_agg(t.user_id))
  FROM (SELECT DISTINCT attempt_id FROM changed WHERE score IS NULL) c JOIN attempts t ON t.id = c.attempt_id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION answers_update_refresh_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_assignment_student_stats(array_agg(t.assignment_id), array_agg(t.user_id))
  FROM (SELECT DISTINCT n.attempt_id FROM before b JOIN changed n ON n.id = b.id
        WHERE (b.score IS NULL) <> (n.score IS NULL) OR b.attempt_id <> n.attempt_id
        UNION SELECT b.attempt_id FROM before b JOIN changed n ON n.id = b.id WHERE b.attempt_id <> n.attempt_id) c
  JOIN attempts t ON t.id = c.attempt_id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER attempts_stats_insert AFTER INSERT ON attempts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION attempts_refresh_stats();--> statement-breakpoint
CREATE TRIGGER attempts_stats_delete AFTER DELETE ON attempts REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION attempts_refresh_stats();--> statement-breakpoint
CREATE TRIGGER attempts_stats_update AFTER UPDATE ON attempts REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION attempts_update_refresh_stats();--> statement-breakpoint
CREATE TRIGGER answers_stats_insert AFTER INSERT ON answers REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION answers_refresh_stats();--> statement-breakpoint
CREATE TRIGGER answers_stats_delete AFTER DELETE ON answers REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION answers_refresh_stats();--> statement-breakpoint
CREATE TRIGGER answers_stats_update AFTER UPDATE ON answers REFERENCING OLD TABLE AS before NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION answers_update_refresh_stats();--> statement-breakpoint
-- The rows for work done before this migration.
SELECT refresh_assignment_student_stats(array_agg(assignment_id), array_agg(user_id))
FROM (SELECT DISTINCT assignment_id, user_id FROM attempts WHERE assignment_id IS NOT NULL) p;
