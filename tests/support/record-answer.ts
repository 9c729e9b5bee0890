import { recordAnswer } from "@/db/mutations/record-answer";
import { getQuizState } from "@/db/queries/quiz-state";
import { drawOptionOrder } from "@/lib/quiz/option-order";

type Input = Omit<Parameters<typeof recordAnswer>[0], "attempt" | "shownOrder"> & { attempt?: number };

/**
 * Records an answer as the quiz page would: for the attempt the page shows now (the open one, or
 * the latest), with the option order drawn for that student and attempt.
 */
export async function recordAnswerNow(input: Input) {
  const assignmentId = input.assignmentId ?? null;
  const attempt =
    input.attempt ?? (await getQuizState(input.userId, input.lessonId, assignmentId)).attempt?.number ?? 1;
  const seat = { subject: input.userId, lessonId: input.lessonId, assignmentId, attempt, questionId: input.questionId };
  return recordAnswer({
    ...input,
    attempt,
    shownOrder: (options) => drawOptionOrder(options, seat, process.env.AUTH_SECRET!),
  });
}
