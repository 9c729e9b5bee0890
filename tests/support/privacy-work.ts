import { eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { answers, assignments, attempts, questions, questionVersions } from "@/db/schema";

const LESSON = "who-said-it";
const QUESTIONS = ["said-budapest-cancelled", "said-authored-by-us", "said-workable-solution"];

export async function createClassAssignment(classId: string, createdById: string): Promise<string> {
  const [a] = await db
    .insert(assignments)
    .values({ classId, lessonId: LESSON, dueAt: new Date("2026-11-20T12:00:00Z"), createdById })
    .returning({ id: assignments.id });
  return a!.id;
}

export type Work = { attemptId: string; prompts: string[]; chosenTexts: string[] };

/**
 * A completed attempt at the lesson with one answer per question: `right` answers pick the key,
 * the rest the first wrong option. Its id, and the prompts and chosen option texts it stored.
 */
export async function insertAnsweredAttempt(
  userId: string,
  assignmentId: string | null,
  right: boolean[],
  number = 1,
): Promise<Work> {
  const versions = await db
    .select({
      questionId: questions.id,
      id: questionVersions.id,
      answer: questionVersions.answer,
      options: questionVersions.options,
      prompt: questionVersions.prompt,
    })
    .from(questions)
    .innerJoin(questionVersions, eq(questionVersions.id, questions.currentVersionId))
    .where(inArray(questions.id, QUESTIONS));
  const at = new Date("2026-11-18T09:00:00Z");
  const score = right.filter(Boolean).length / right.length;
  const [attempt] = await db
    .insert(attempts)
    .values({
      userId,
      lessonId: LESSON,
      assignmentId,
      number,
      questionCount: right.length,
      startedAt: at,
      completedAt: at,
      score,
    })
    .returning({ id: attempts.id });
  const rows = right.map((isRight, i) => {
    const v = versions.find((q) => q.questionId === QUESTIONS[i])!;
    const option = isRight
      ? v.options.find((o) => v.answer.includes(o.id))!
      : v.options.find((o) => !v.answer.includes(o.id))!;
    return { v, option, isRight };
  });
  await db.insert(answers).values(
    rows.map(({ v, option, isRight }, i) => ({
      attemptId: attempt!.id,
      questionId: v.questionId,
      questionVersionId: v.id,
      chosen: [option.id],
      score: isRight ? 1 : 0,
      correct: isRight,
      timeSpentMs: 5_000,
      createdAt: new Date(at.getTime() + i * 1000),
    })),
  );
  return { attemptId: attempt!.id, prompts: rows.map((r) => r.v.prompt), chosenTexts: rows.map((r) => r.option.text) };
}
