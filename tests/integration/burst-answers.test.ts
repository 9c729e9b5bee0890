import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, selectRows } from "@/db";
import { recordAnswerNow } from "@/tests/support/record-answer";
import { answers, attempts, users } from "@/db/schema";

// The small form of `npm run bench`'s burst (300 students there): a correctness check, no timings.
const STUDENTS = 60;

type Question = { lessonId: string; questionId: string; chosen: string[] };

/** The first question of a built-in lesson, answered with its key. */
async function firstQuestion(): Promise<Question> {
  const [row] = await selectRows<{ lesson_id: string; question_id: string; answer: string[] }>(sql`
    select l.id as lesson_id, q.id as question_id, qv.answer
    from lessons l
    join questions q on q.id = l.question_order->>0 and q.lesson_id = l.id
    join question_versions qv on qv.id = q.current_version_id
    where l.status = 'published' and l.owner_id is null and not l.is_demo
    order by l.id limit 1`);
  return { lessonId: row!.lesson_id, questionId: row!.question_id, chosen: row!.answer };
}

describe(`a burst: ${STUDENTS} students answer the same question at the same moment`, () => {
  let studentIds: string[] = [];
  let question: Question;

  beforeAll(async () => {
    const rows = await db
      .insert(users)
      .values(
        Array.from({ length: STUDENTS }, (_, i) => ({
          name: `Burst ${i}`,
          email: `burst-${randomUUID()}@byline.test`,
          passwordHash: "not-a-real-hash",
        })),
      )
      .returning({ id: users.id });
    studentIds = rows.map((r) => r.id);
    question = await firstQuestion();
  });

  afterAll(async () => {
    if (studentIds.length) await db.delete(users).where(inArray(users.id, studentIds));
  });

  const stored = () =>
    db
      .select({ userId: attempts.userId, chosen: answers.chosen })
      .from(answers)
      .innerJoin(attempts, eq(attempts.id, answers.attemptId))
      .where(and(eq(answers.questionId, question.questionId), inArray(attempts.userId, studentIds)));

  it("stores exactly one answer per student: none lost, none twice", async () => {
    const results = await Promise.all(studentIds.map((userId) => recordAnswerNow({ userId, ...question })));
    expect(results.filter((r) => "refusal" in r)).toEqual([]);
    expect(results.every((r) => "fresh" in r && r.fresh)).toBe(true);

    const rows = await stored();
    expect(rows).toHaveLength(STUDENTS);
    expect(new Set(rows.map((r) => r.userId))).toEqual(new Set(studentIds));
    expect(rows.every((r) => r.chosen.join() === question.chosen.join())).toBe(true);
    const opened = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(attempts)
      .where(inArray(attempts.userId, studentIds));
    expect(opened[0]!.n).toBe(STUDENTS);
  });

  it("changes nothing when every student's submission arrives again at once (a double click)", async () => {
    const replays = await Promise.all(studentIds.map((userId) => recordAnswerNow({ userId, ...question })));
    expect(replays.every((r) => "fresh" in r && !r.fresh)).toBe(true);
    expect(await stored()).toHaveLength(STUDENTS);
  });
});
