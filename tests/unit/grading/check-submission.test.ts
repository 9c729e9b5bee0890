import { describe, expect, it } from "vitest";
import { ANSWER_REFUSAL_MESSAGES, answerRefusalMessage } from "@/lib/grading/answer-refusals";
import { checkSubmission } from "@/lib/grading/check-submission";

const mc = { kind: "outlet-attribution" as const, options: [{ id: "a" }, { id: "b" }, { id: "c" }] };
const written = { kind: "written" as const, options: [] };
const highlight = { kind: "highlight" as const, options: [{ id: "s1" }, { id: "s2" }, { id: "s3" }] };

describe("checkSubmission", () => {
  it("refuses a question that is no longer part of the lesson, whatever was chosen", () => {
    expect(checkSubmission(null, ["a"])).toEqual({ refusal: "question-gone" });
    expect(checkSubmission(null, [])).toEqual({ refusal: "question-gone" });
  });

  it("refuses a choice that is not one of the question's options, before counting choices", () => {
    expect(checkSubmission(mc, ["zzz"])).toEqual({ refusal: "unknown-option" });
    expect(checkSubmission(mc, ["a", "zzz"])).toEqual({ refusal: "unknown-option" });
    expect(checkSubmission(highlight, ["s1", "a"])).toEqual({ refusal: "unknown-option" });
  });

  it("asks for exactly one choice in multiple choice, and at least one sentence in a highlight question", () => {
    expect(checkSubmission(mc, [])).toEqual({ refusal: "choose-one" });
    expect(checkSubmission(mc, ["a", "b"])).toEqual({ refusal: "choose-one" });
    expect(checkSubmission(highlight, [])).toEqual({ refusal: "choose-some" });
    expect(checkSubmission(highlight, ["s1", "s3"])).toEqual({ question: highlight });
  });

  it("takes a written question's response, and only a written question's", () => {
    expect(checkSubmission(written, [], [], "The article relays Bloomberg.")).toEqual({ question: written });
    expect(checkSubmission(written, [], [])).toEqual({ refusal: "write-an-answer" });
    expect(checkSubmission(written, [], [], "")).toEqual({ refusal: "write-an-answer" });
    // A written question has no options: any choice is unknown.
    expect(checkSubmission(written, ["a"], [], "Text.")).toEqual({ refusal: "unknown-option" });
    expect(checkSubmission(mc, ["a"], [], "Text.")).toEqual({ refusal: "not-written" });
  });

  it("hands back the question itself when the submission may be graded", () => {
    const checked = checkSubmission(mc, ["b"]);
    expect(checked).toEqual({ question: mc });
    expect("question" in checked && checked.question).toBe(mc);
  });
});

describe("answer refusal sentences", () => {
  it("says each refusal in the words the quiz has always shown", () => {
    expect(answerRefusalMessage({ refusal: "question-gone" })).toBe(
      "This question is not part of the lesson any more. Reload the page to continue.",
    );
    expect(answerRefusalMessage({ refusal: "unknown-option" })).toBe(
      "That choice is not one of this question's options.",
    );
    expect(answerRefusalMessage({ refusal: "choose-one" })).toBe("Choose exactly one answer.");
    expect(answerRefusalMessage({ refusal: "closed" })).toBe(
      "Your teacher has closed this assignment, so it no longer takes answers. The answers you gave before are kept.",
    );
    expect(answerRefusalMessage({ refusal: "finished" })).toBe(
      "You have finished this lesson. Choose “Try again” to start a new attempt.",
    );
    expect(answerRefusalMessage({ refusal: "rate-limited", retryAfter: 42 })).toBe(
      "Too many answers in a short time. Please wait 42 seconds and try again.",
    );
    for (const [refusal, sentence] of Object.entries(ANSWER_REFUSAL_MESSAGES)) {
      expect(answerRefusalMessage({ refusal: refusal as keyof typeof ANSWER_REFUSAL_MESSAGES })).toBe(sentence);
    }
  });
});
