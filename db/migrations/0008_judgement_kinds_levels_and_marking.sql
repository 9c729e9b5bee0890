CREATE TYPE "public"."question_level" AS ENUM('recall', 'apply', 'evaluate');--> statement-breakpoint
ALTER TYPE "public"."question_kind" ADD VALUE 'evidence-check';--> statement-breakpoint
ALTER TYPE "public"."question_kind" ADD VALUE 'who-is-behind';--> statement-breakpoint
ALTER TYPE "public"."question_kind" ADD VALUE 'does-it-follow';--> statement-breakpoint
ALTER TYPE "public"."question_kind" ADD VALUE 'loaded-words';--> statement-breakpoint
ALTER TABLE "question_versions" ADD COLUMN "level" "question_level" DEFAULT 'apply' NOT NULL;--> statement-breakpoint
ALTER TABLE "question_versions" ADD COLUMN "mark_evidence" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "marks" jsonb;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "mark_credit" real;--> statement-breakpoint
-- Versions written before levels existed take their kind's default (DEFAULT_LEVEL in
-- lib/content/skills.ts); built-in ones are corrected in place by the next content sync.
UPDATE "question_versions" SET "level" = 'evaluate' WHERE "kind" = 'quote-integrity';--> statement-breakpoint
-- record_answer (migrations 0003, 0005, 0007) as before, now also keeping a two-tier item's marks
-- and their credit; a replay returns the stored ones. The signature changes, so the old one goes.
DROP FUNCTION record_answer(uuid, text, text, integer, integer, uuid, text[], real, boolean, integer, text, integer, integer, integer, text[]);--> statement-breakpoint
CREATE FUNCTION record_answer(
  p_user uuid, p_lesson text, p_question text, p_version integer, p_question_count integer,
  p_assignment uuid, p_chosen text[], p_score real, p_correct boolean, p_time_ms integer,
  p_limit_key text, p_limit_points integer, p_limit_seconds integer,
  p_attempt_number integer, p_shown_order text[], p_marks jsonb, p_mark_credit real
) RETURNS TABLE (
  outcome text, chosen text[], score real, correct boolean, fresh boolean, answered integer, attempt_id uuid, attempt_score real,
  shown_order text[], marks jsonb, mark_credit real
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
BEGIN
  -- The per-account answer limit (hit_rate_limit, migration 0004), counted in this same round trip.
  IF p_limit_key IS NOT NULL THEN
    v_retry_after := hit_rate_limit(p_limit_key, p_limit_points, p_limit_seconds);
    IF v_retry_after > 0 THEN
      RETURN QUERY SELECT 'rate-limited'::text, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, v_retry_after, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real;
      RETURN;
    END IF;
  END IF;
  IF p_assignment IS NOT NULL THEN
    v_gate := assignment_answer_gate(p_user, p_assignment, p_lesson);
    IF v_gate <> 'ok' THEN
      RETURN QUERY SELECT v_gate, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, NULL::integer, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real;
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
    RETURN QUERY SELECT 'stale'::text, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, NULL::integer, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real;
    RETURN;
  END IF;

  IF NOT v_completed THEN
    INSERT INTO answers AS n (attempt_id, question_id, question_version_id, chosen, shown_order, score, correct, time_spent_ms, marks, mark_credit)
    VALUES (v_attempt, p_question, p_version, p_chosen, p_shown_order, p_score, p_correct, p_time_ms, p_marks, p_mark_credit)
    ON CONFLICT (attempt_id, question_id) DO NOTHING
    RETURNING n.chosen, n.shown_order, n.score, n.correct, n.marks, n.mark_credit INTO v_chosen, v_shown, v_score, v_correct, v_marks, v_mark_credit;
    v_fresh := FOUND;
  END IF;
  IF NOT v_fresh THEN
    SELECT n.chosen, n.shown_order, n.score, n.correct, n.marks, n.mark_credit INTO v_chosen, v_shown, v_score, v_correct, v_marks, v_mark_credit
    FROM answers n WHERE n.attempt_id = v_attempt AND n.question_id = p_question;
    IF NOT FOUND THEN RETURN QUERY SELECT 'finished'::text, NULL::text[], NULL::real, NULL::boolean, NULL::boolean, NULL::integer, NULL::uuid, NULL::real, NULL::text[], NULL::jsonb, NULL::real; RETURN; END IF;
  END IF;

  WITH totals AS (SELECT count(*)::int AS answered, sum(n.score) AS total FROM answers n WHERE n.attempt_id = v_attempt)
  UPDATE attempts SET
    completed_at = CASE WHEN totals.answered >= attempts.question_count THEN coalesce(attempts.completed_at, now()) END,
    score = CASE WHEN totals.answered >= attempts.question_count THEN totals.total / attempts.question_count END,
    -- Late work is allowed and marked: finished after the assignment's due date.
    late = CASE WHEN totals.answered >= attempts.question_count AND attempts.completed_at IS NULL
                THEN coalesce((SELECT now() > d.due_at FROM assignments d WHERE d.id = attempts.assignment_id), false)
                ELSE attempts.late END
  FROM totals WHERE attempts.id = v_attempt
  RETURNING totals.answered, attempts.score INTO v_answered, v_attempt_score;

  RETURN QUERY SELECT 'recorded'::text, v_chosen, v_score, v_correct, v_fresh, v_answered, v_attempt, v_attempt_score, v_shown, v_marks, v_mark_credit;
END
$$;
