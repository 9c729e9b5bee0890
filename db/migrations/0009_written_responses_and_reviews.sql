CREATE TYPE "public"."rubric_level" AS ENUM('beginning', 'emerging', 'mastery');--> statement-breakpoint
ALTER TYPE "public"."question_kind" ADD VALUE 'written';--> statement-breakpoint
CREATE TABLE "answer_reviews" (
	"answer_id" bigint PRIMARY KEY NOT NULL,
	"reviewer_id" uuid,
	"level" "rubric_level" NOT NULL,
	"comment" text,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answers" ALTER COLUMN "score" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ALTER COLUMN "correct" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "question_versions" ADD COLUMN "model_answer" text;--> statement-breakpoint
ALTER TABLE "question_versions" ADD COLUMN "rubric" jsonb;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "response" text;--> statement-breakpoint
ALTER TABLE "answer_reviews" ADD CONSTRAINT "answer_reviews_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_reviews" ADD CONSTRAINT "answer_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_awaiting_review_idx" ON "answers" USING btree ("attempt_id") WHERE "answers"."score" is null;--> statement-breakpoint
-- An attempt's score counts what is scored: the mean score of its scored answers (a written
-- response awaiting its teacher's review counts in neither the sum nor the count); null while
-- nothing is scored. With every answer scored it is the old sum over the question count. Used by
-- record_answer on completion and by a review (db/mutations/reviews.ts) when it scores one.
CREATE FUNCTION attempt_score(p_attempt uuid) RETURNS real LANGUAGE sql STABLE AS $$
  SELECT (sum(score) / nullif(count(score), 0))::real FROM answers WHERE attempt_id = p_attempt
$$;--> statement-breakpoint
-- record_answer (migrations 0003, 0005, 0007, 0008) as before, now also keeping a written
-- response (its score and correct stay null until reviewed), and scoring a completed attempt
-- with attempt_score. The signature changes, so the old one goes.
DROP FUNCTION record_answer(uuid, text, text, integer, integer, uuid, text[], real, boolean, integer, text, integer, integer, integer, text[], jsonb, real);--> statement-breakpoint
CREATE FUNCTION record_answer(
  p_user uuid, p_lesson text, p_question text, p_version integer, p_question_count integer,
  p_assignment uuid, p_chosen text[], p_score real, p_correct boolean, p_time_ms integer,
  p_limit_key text, p_limit_points integer, p_limit_seconds integer,
  p_attempt_number integer, p_shown_order text[], p_marks jsonb, p_mark_credit real, p_response text
) RETURNS TABLE (
  outcome text, chosen text[], score real, correct boolean, fresh boolean, answered integer, attempt_id uuid, attempt_score real,
  shown_order text[], marks jsonb, mark_credit real, response text
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_gate text;
  v_attempt uuid;
  v_completed boolean := false;
  v_fresh boolean := false;
  v_chosen text[];
  v_score real;
  v_correct boolean;
  v_answered integer;
  v_attempt_score real;
  v_retry_after integer;
  v_number integer := 1;
  v_shown text[];
  v_marks jsonb;
  v_mark_credit real;
  v_response text;
BEGIN
  -- The per-account answer limit (hit_rate_limit, migration 0004), counted in this same round trip.
  IF p_limit_key IS NOT NULL THEN
    v_retry_after := hit_rate_limit(p_limit_key, p_limit_points, p_limit_seconds);
    IF v_retry_after > 0 THEN
      RETURN QUERY SELECT 'rate-limited'::text, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, v_retry_after, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real, NULL::text;
      RETURN;
    END IF;
  END IF;
  IF p_assignment IS NOT NULL THEN
    v_gate := assignment_answer_gate(p_user, p_assignment, p_lesson);
    IF v_gate <> 'ok' THEN
      RETURN QUERY SELECT v_gate, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, NULL::integer, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real, NULL::text;
      RETURN;
    END IF;
  END IF;

  INSERT INTO attempts AS t (user_id, lesson_id, assignment_id, number, question_count)
  SELECT p_user, p_lesson, p_assignment, 1, p_question_count
  -- Only a page drawn for a first attempt opens one (any other is stale, below, and writes nothing).
  WHERE p_attempt_number = 1
    AND NOT EXISTS (SELECT 1 FROM attempts x WHERE x.user_id = p_user AND x.lesson_id = p_lesson
                    AND x.assignment_id IS NOT DISTINCT FROM p_assignment)
  ON CONFLICT (user_id, lesson_id, coalesce(assignment_id, '00000000-0000-0000-0000-000000000000'::uuid))
    WHERE completed_at IS NULL DO NOTHING
  RETURNING t.id INTO v_attempt;
  IF v_attempt IS NULL THEN
    -- Locked so answers to one attempt are recorded one at a time: two tabs answering the last
    -- two questions together must still see each other's answer and complete the attempt.
    SELECT x.id, x.completed_at IS NOT NULL, x.number INTO v_attempt, v_completed, v_number
    FROM attempts x
    WHERE x.user_id = p_user AND x.lesson_id = p_lesson AND x.assignment_id IS NOT DISTINCT FROM p_assignment
    ORDER BY x.completed_at IS NULL DESC, x.number DESC
    LIMIT 1
    FOR UPDATE;
  END IF;

  -- The options were shown in an order drawn for one attempt: an answer from a page of another
  -- attempt (a tab left open across a retry) would store an order the student did not see.
  IF v_number IS DISTINCT FROM p_attempt_number THEN
    RETURN QUERY SELECT 'stale'::text, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, NULL::integer, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real, NULL::text;
    RETURN;
  END IF;

  IF NOT v_completed THEN
    INSERT INTO answers AS n (attempt_id, question_id, question_version_id, chosen, shown_order, score, correct, time_spent_ms, marks, mark_credit, response)
    VALUES (v_attempt, p_question, p_version, p_chosen, p_shown_order, p_score, p_correct, p_time_ms, p_marks, p_mark_credit, p_response)
    ON CONFLICT (attempt_id, question_id) DO NOTHING
    RETURNING n.chosen, n.shown_order, n.score, n.correct, n.marks, n.mark_credit, n.response INTO v_chosen, v_shown, v_score, v_correct, v_marks, v_mark_credit, v_response;
    v_fresh := FOUND;
  END IF;
  IF NOT v_fresh THEN
    SELECT n.chosen, n.shown_order, n.score, n.correct, n.marks, n.mark_credit, n.response INTO v_chosen, v_shown, v_score, v_correct, v_marks, v_mark_credit, v_response
    FROM answers n WHERE n.attempt_id = v_attempt AND n.question_id = p_question;
    IF NOT FOUND THEN RETURN QUERY SELECT 'finished'::text, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, NULL::integer, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real, NULL::text; RETURN; END IF;
  END IF;

  WITH totals AS (SELECT count(*)::int AS answered, attempt_score(v_attempt) AS score FROM answers n WHERE n.attempt_id = v_attempt)
  UPDATE attempts SET
    completed_at = CASE WHEN totals.answered >= attempts.question_count THEN coalesce(attempts.completed_at, now()) END,
    score = CASE WHEN totals.answered >= attempts.question_count THEN totals.score END,
    -- Late work is allowed and marked: finished after the assignment's due date.
    late = CASE WHEN totals.answered >= attempts.question_count AND attempts.completed_at IS NULL
                THEN coalesce((SELECT now() > d.due_at FROM assignments d WHERE d.id = attempts.assignment_id), false)
                ELSE attempts.late END
  FROM totals WHERE attempts.id = v_attempt
  RETURNING totals.answered, attempts.score INTO v_answered, v_attempt_score;

  RETURN QUERY SELECT 'recorded'::text, v_chosen, v_score, v_correct, v_fresh, v_answered, v_attempt, v_attempt_score, v_shown, v_marks, v_mark_credit, v_response;
END
$$;
