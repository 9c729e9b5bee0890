import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { timelineQuestions } from "@/lib/analysis/suggest-timeline";

/** A wire report we wrote: the dateline gives the day it was filed, the text the day of the event. */
const body = [
  "FAIRHAVEN, Nov. 12 (CP) — The council voted on Tuesday to close the old bridge after engineers found cracks in two of its piers.",
  "The bridge was opened on June 3, 1936, and has carried traffic across the river since then.",
].join("\n\n");
const source = {
  id: "wire",
  outlet: "The Fairhaven Courier",
  genre: "news-report" as const,
  published: "2026-11-12",
  body,
};

describe("a timeline question on a wire report", () => {
  const questions = timelineQuestions(source, analyzeArticle(body, { published: new Date("2026-11-12T12:00:00Z") }));

  it("never keys the dateline's date as the day of the event", () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.answer[0]).not.toBe("d-2026-11-12");
    expect(questions.map((q) => q.answer[0])).toEqual(["d-2026-11-10", "d-1936-06-03"]);
  });
});

describe("a dateline with a state after the city", () => {
  it("is a dateline too", () => {
    const body = [
      "FLINT, Mich., Nov. 12 (UPI) — The council voted to close the old bridge after engineers found cracks in two of its piers.",
      "During the meeting Tuesday, the mayor said the town would rebuild it within a year.",
      "The bridge was opened on June 3, 1936, and has carried traffic across the river since then.",
    ].join("\n\n");
    const questions = timelineQuestions(
      { ...source, body },
      analyzeArticle(body, { published: new Date("2026-11-12T12:00:00Z") }),
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.answer[0]).not.toBe("d-2026-11-12");
  });
});
