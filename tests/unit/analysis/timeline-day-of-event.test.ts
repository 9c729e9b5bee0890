import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { timelineQuestions } from "@/lib/analysis/suggest-timeline";

/** A report we wrote, published on Friday 13 November 2026. */
const body = [
  "Mayor Ann Baker said on Wednesday that the bridge would reopen in the spring.",
  "Councillor Tom Reyes said the mayor invited the engineers to Monday night's council meeting to explain the delay.",
  "Lena Vos, who leads the residents' group, called the mayor's remarks on Wednesday a broken promise.",
  "Baker's comments Wednesday on the bridge came after a month of protests.",
  "Reyes told USA TODAY's reporters that the council had not seen the engineers' report.",
  "Vos said in an interview on Thursday that the group would keep protesting.",
].join("\n\n");
const source = {
  id: "bridge",
  outlet: "The Fairhaven Courier",
  genre: "news-report" as const,
  published: "2026-11-13",
  body,
};

describe("a timeline question asks about the sentence's own event, on a day the text fixes", () => {
  const questions = timelineQuestions(source, analyzeArticle(body, { published: new Date("2026-11-13T12:00:00Z") }));
  const asked = questions.map((q) => q.evidence[0]!.quote);

  it("asks about what was said on Wednesday and in Thursday's interview, once each", () => {
    expect(questions.map((q) => q.answer[0])).toEqual(["d-2026-11-11", "d-2026-11-12"]);
    expect(asked[0]).toContain("would reopen in the spring");
    expect(asked[1]).toContain("in an interview on Thursday");
  });

  it("never asks about a day that names another event, or a name with a day-word in it", () => {
    for (const sentence of asked) {
      expect(sentence).not.toContain("Monday night's");
      expect(sentence).not.toContain("remarks on Wednesday");
      expect(sentence).not.toContain("USA TODAY");
    }
    expect(analyzeArticle(body).dates.some((d) => d.text.toUpperCase() === "TODAY")).toBe(false);
  });
});
