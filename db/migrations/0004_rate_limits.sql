CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- One fixed-window hit in one round trip: 0 when allowed, else the seconds until the window ends.
CREATE OR REPLACE FUNCTION hit_rate_limit(p_key text, p_points integer, p_seconds integer) RETURNS integer
LANGUAGE sql AS $$
  INSERT INTO rate_limits AS r (key, window_started_at, hits) VALUES (p_key, now(), 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN r.window_started_at > now() - make_interval(secs => p_seconds) THEN r.hits + 1 ELSE 1 END,
    window_started_at = CASE WHEN r.window_started_at > now() - make_interval(secs => p_seconds) THEN r.window_started_at ELSE now() END
  RETURNING CASE WHEN r.hits > p_points
    THEN greatest(1, ceil(extract(epoch FROM r.window_started_at + make_interval(secs => p_seconds) - now())))::integer
    ELSE 0 END;
$$;
