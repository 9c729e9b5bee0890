import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, selectRows } from "@/db";
import { startSupervisedOwner, type SupervisedOwner } from "@/db/embedded/supervisor";
import { prepareDatabase } from "@/db/prepare";
import type { SessionUser } from "@/db/queries/users";
import { answers, attempts, users } from "@/db/schema";
import { submitAnswer } from "@/server/grading/submit-answer";

// The small form of `npm run bench`'s restart check: 60 students answer while the embedded
// database's owner is killed and its supervisor restarts it. On a server (DATABASE_URL or
// POSTGRES_URL) it is skipped: those runs share a server that a test must not stop.
const serverConfigured = Boolean(process.env.DATABASE_URL || process.env.POSTGRES_URL);
const STUDENTS = 60;
const RETRYABLE = "Your answer could not be saved just now. Please try again: nothing was lost.";

type Question = { lessonId: string; questionId: string; chosen: string[]; attempt: number };
type Outcome = { confirmed: boolean; errors: string[] };

/** A student who retries, with backoff, until the answer is confirmed (or 45 s have gone by). */
async function answerWithRetries(student: SessionUser, question: Question, startAfterMs: number): Promise<Outcome> {
  await new Promise((r) => setTimeout(r, startAfterMs));
  const errors: string[] = [];
  const deadline = Date.now() + 45_000;
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const result = await submitAnswer(question, student);
    if (result.feedback?.questionId === question.questionId) return { confirmed: true, errors };
    errors.push(result.error ?? "no feedback and no error");
    await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
  }
  return { confirmed: false, errors };
}

const title = serverConfigured
  ? "answers while the embedded database restarts (skipped: DATABASE_URL or POSTGRES_URL is set, so this run tests a server)"
  : `answers while the embedded database restarts (${STUDENTS} students)`;

describe.skipIf(serverConfigured)(title, () => {
  let tempDir: string;
  let owner: SupervisedOwner;
  const suiteUrl = process.env.BYLINE_EMBEDDED_DATABASE_URL;
  const questions: Question[] = [];

  // An owner of its own: killing the suite's shared one would fail other files' connections.
  beforeAll(async () => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "byline-restart-"));
    owner = await startSupervisedOwner(path.join(tempDir, "pglite"), 0);
    await closeDb();
    process.env.BYLINE_EMBEDDED_DATABASE_URL = owner.url;
    await prepareDatabase({ seedDemo: false });
    const rows = await selectRows<{ lesson_id: string; question_id: string; answer: string[] }>(sql`
      select l.id as lesson_id, q.id as question_id, qv.answer
      from lessons l join questions q on q.lesson_id = l.id join question_versions qv on qv.id = q.current_version_id
      where l.status = 'published' and l.owner_id is null and not l.is_demo
      order by l.id, q.id limit 2`);
    questions.push(
      ...rows.map((r) => ({ lessonId: r.lesson_id, questionId: r.question_id, chosen: r.answer, attempt: 1 })),
    );
  }, 180_000);

  afterAll(async () => {
    await closeDb();
    await owner?.stop();
    process.env.BYLINE_EMBEDDED_DATABASE_URL = suiteUrl;
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  it.each([
    ["SIGTERM", 0],
    ["SIGKILL", 1],
  ] as const)(
    "keeps every confirmed answer, exactly once, when the owner is killed with %s",
    async (signal, q) => {
      const question = questions[q]!;
      const students: SessionUser[] = (
        await db
          .insert(users)
          .values(
            Array.from({ length: STUDENTS }, (_, i) => ({
              name: `Restart ${i}`,
              email: `restart-${randomUUID()}@byline.test`,
              passwordHash: "not-a-real-hash",
            })),
          )
          .returning({ id: users.id, name: users.name, role: users.role, timeZone: users.timeZone })
      ).map((u) => ({ ...u, sessionId: randomUUID() }));
      const firstPid = owner.pid();

      // Submissions spread over 3 s; the kill lands in the middle of them.
      const outcomes = Promise.all(students.map((s, i) => answerWithRetries(s, question, i * 50)));
      await new Promise((r) => setTimeout(r, 1000));
      process.kill(firstPid!, signal);
      const results = await outcomes;

      expect(owner.pid()).not.toBe(firstPid);
      expect(results.filter((r) => !r.confirmed)).toEqual([]);
      // The outage was hit, and every failure said plainly to try again.
      const errors = results.flatMap((r) => r.errors);
      expect(errors.length).toBeGreaterThan(0);
      expect(new Set(errors)).toEqual(new Set([RETRYABLE]));

      const stored = await db
        .select({ userId: attempts.userId, chosen: answers.chosen })
        .from(answers)
        .innerJoin(attempts, eq(attempts.id, answers.attemptId))
        .where(
          and(
            eq(answers.questionId, question.questionId),
            inArray(
              attempts.userId,
              students.map((s) => s.id),
            ),
          ),
        );
      expect(stored).toHaveLength(STUDENTS);
      expect(new Set(stored.map((r) => r.userId)).size).toBe(STUDENTS);
      expect(stored.every((r) => r.chosen.join() === question.chosen.join())).toBe(true);
    },
    90_000,
  );
});
