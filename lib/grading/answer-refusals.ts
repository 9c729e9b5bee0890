import { retryMessage } from "@/lib/rate-limits/settings";
import type { SubmissionRefusal } from "./check-submission";

/** Why an assignment takes no answer (and no new attempt) now: the assignment gate's reasons. */
export type GateRefusal = "missing" | "closed" | "not-open";

/** Why an answer was not recorded: the reason codes `recordAnswer` returns. */
export type AnswerRefusal = SubmissionRefusal | GateRefusal | "finished" | "stale" | "rate-limited";

/** A refused answer or retry as the mutations return it; `retryAfter` (seconds) with "rate-limited". */
export type Refused<R extends AnswerRefusal = AnswerRefusal> = { refusal: R; retryAfter?: number };

/** What the student reads for each refusal (the rate limit's sentence names the wait, below). */
export const ANSWER_REFUSAL_MESSAGES: Record<Exclude<AnswerRefusal, "rate-limited">, string> = {
  "question-gone": "This question is not part of the lesson any more. Reload the page to continue.",
  "unknown-option": "That choice is not one of this question's options.",
  "choose-one": "Choose exactly one answer.",
  "choose-some": "Mark at least one sentence in the article first.",
  "write-an-answer": "Write your answer first: a few sentences, in your own words.",
  "not-written": "This question is answered by choosing, not by writing. Reload the page to continue.",
  "unreadable-marks": "Your marks could not be read: mark words in the lesson's articles, then check the answer again.",
  missing:
    "This assignment is not on your list any more (your teacher may have removed it), so the answer was not saved.",
  "not-open": "This assignment has not opened yet: your teacher scheduled it for later.",
  closed:
    "Your teacher has closed this assignment, so it no longer takes answers. The answers you gave before are kept.",
  finished: "You have finished this lesson. Choose “Try again” to start a new attempt.",
  stale: "This page belongs to an earlier attempt at the lesson. Reload the page to continue.",
};

/** The sentence for a refused answer or retry. */
export function answerRefusalMessage({ refusal, retryAfter }: Refused): string {
  return refusal === "rate-limited" ? retryMessage("answers", retryAfter ?? 60) : ANSWER_REFUSAL_MESSAGES[refusal];
}
