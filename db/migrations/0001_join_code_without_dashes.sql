DROP INDEX "classes_join_code_key";--> statement-breakpoint
CREATE UNIQUE INDEX "classes_join_code_key" ON "classes" USING btree (replace("join_code", '-', ''));