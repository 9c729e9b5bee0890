ALTER TABLE "lessons" ADD COLUMN "draft_questions" jsonb;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "shared" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "draft_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lessons" ADD COLUMN "published_at" timestamp with time zone;