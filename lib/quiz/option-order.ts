import type { SubmitAnswerInput } from "@/lib/validations/answers";
import { seededDraws, seededShuffle } from "./seeded-shuffle";

/** Who sees a question, and when: one order per student, lesson context, attempt and question. */
export type OrderSeat = {
  /** The student's id; "guest" for a guest on a demo lesson (one order per attempt for all guests). */
  subject: string;
  lessonId: string;
  /** The assignment the attempt belongs to; null for practice. */
  assignmentId: string | null;
  attempt: number;
  questionId: string;
};

/** Where the options of this answer's question were drawn: the student, the lesson context and the attempt. */
export function orderSeat(
  input: Pick<SubmitAnswerInput, "lessonId" | "questionId" | "attempt"> & { assignmentId?: string | null },
  user: { id: string } | null,
): OrderSeat {
  return {
    subject: user?.id ?? "guest",
    lessonId: input.lessonId,
    assignmentId: input.assignmentId ?? null,
    attempt: input.attempt,
    questionId: input.questionId,
  };
}

/**
 * The order a student sees a question's options in: drawn from the seat and a server secret, so
 * it needs no storage to stay the same across reloads, resumes and the no-JavaScript form, and a
 * new attempt draws again. Pinned options keep their authored place.
 */
export function drawOptionOrder(
  options: readonly { id: string; pinned?: boolean }[],
  seat: OrderSeat,
  secret: string,
): string[] {
  const key = [seat.subject, seat.lessonId, seat.assignmentId ?? "practice", seat.attempt, seat.questionId].join(
    "\u0000",
  );
  const draw = seededDraws(key, `byline-option-order:${secret}`);
  return seededShuffle(options, draw, (o) => o.pinned === true).map((o) => o.id);
}

/**
 * The options in a given order of ids (what a student was shown); options the order does not name
 * (none, unless the question was edited in place) follow in authored order.
 */
export function inOrder<T extends { id: string }>(
  options: readonly T[],
  order: readonly string[] | null | undefined,
): T[] {
  if (!order) return [...options];
  const rank = new Map(order.map((id, i) => [id, i]));
  const unranked = order.length;
  return options
    .map((option, i) => ({ option, i }))
    .sort((a, b) => (rank.get(a.option.id) ?? unranked + a.i) - (rank.get(b.option.id) ?? unranked + b.i))
    .map(({ option }) => option);
}
