/** Below this many answers, item figures are shown but called unreliable. */
const MIN_RELIABLE_ANSWERS = 5;

export type ItemFlag = "negative-discrimination" | "distractor-beats-key";

export const ITEM_FLAG_TEXT: Record<ItemFlag, string> = {
  "negative-discrimination":
    "Students who did well overall got this one wrong more often: check the question and its key.",
  "distractor-beats-key":
    "A wrong option was chosen more often than the right answer: a shared misconception, or an unclear question.",
};

type Item = {
  answered: number;
  answer: string[];
  options: { id: string }[];
  picks: Record<string, number>;
  discrimination: number | null;
};

/** Some answers, but too few for the figures to say anything about the question. */
export const tooFewAnswers = (answered: number) => answered > 0 && answered < MIN_RELIABLE_ANSWERS;

/**
 * Questions that behave badly. For highlight items the key is its least-chosen right sentence.
 * None below MIN_RELIABLE_ANSWERS: two students picking the same wrong option is chance, and a
 * "check this question" beside "too few to rely on" contradicts itself.
 */
export function itemFlags(item: Item): ItemFlag[] {
  if (item.answered < MIN_RELIABLE_ANSWERS) return [];
  const flags: ItemFlag[] = [];
  if (item.discrimination !== null && item.discrimination < 0) flags.push("negative-discrimination");
  const keyPicks = Math.min(...item.answer.map((id) => item.picks[id] ?? 0));
  const distractorPicks = item.options.filter((o) => !item.answer.includes(o.id)).map((o) => item.picks[o.id] ?? 0);
  if (distractorPicks.some((n) => n > keyPicks)) flags.push("distractor-beats-key");
  return flags;
}
