import type { Lesson } from "./types";

/** Fewer single-answer questions than this say nothing about a habit of placing the key. */
const MIN_KEY_POSITION_QUESTIONS = 4;

export type KeyPositionWarning = {
  lessonId: string;
  file: string;
  /** The index, from 0, that holds more than half of the keys. */
  index: number;
  count: number;
  total: number;
  message: string;
};

/**
 * Whether a lesson's keys lean on one position in the file: at least
 * MIN_KEY_POSITION_QUESTIONS single-answer questions whose options may move (not highlight items,
 * not questions with every option pinned), and more than half of their keys at one index. Students
 * see the options shuffled, so this is no giveaway to them, but an author reading the file and a
 * teacher previewing the lesson see the authored order. Pure: content:check prints the warning.
 */
export function keyPositionWarning(lesson: Pick<Lesson, "id" | "file" | "questions">): KeyPositionWarning | null {
  const counted = lesson.questions.filter(
    (q) => q.kind !== "highlight" && q.answer.length === 1 && !q.options.every((o) => o.pinned),
  );
  const indexes = counted.map((q) => q.options.findIndex((o) => o.id === q.answer[0])).filter((i) => i >= 0);
  const total = indexes.length;
  if (total < MIN_KEY_POSITION_QUESTIONS) return null;
  const tally = new Map<number, number>();
  for (const i of indexes) tally.set(i, (tally.get(i) ?? 0) + 1);
  const [index, count] = [...tally].sort(([a, x], [b, y]) => y - x || a - b)[0]!;
  if (count * 2 <= total) return null;
  return {
    lessonId: lesson.id,
    file: lesson.file,
    index,
    count,
    total,
    message:
      `lesson "${lesson.id}": ${count} of ${total} keys are option ${index + 1} in the file; ` +
      "students see options shuffled, but authors and teachers' previews read the file order",
  };
}
