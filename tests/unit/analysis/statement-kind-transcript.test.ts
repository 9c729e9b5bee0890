import { describe, expect, it } from "vitest";
import { suggestQuestions } from "@/lib/analysis/suggest-questions";

/** A transcript we wrote: the speakers' lines are theirs, never the outlet's own claim. */
const body = [
  "The exchange at Monday’s council meeting follows, lightly edited for length and clarity.",
  "REID: Thank you all for coming tonight. The bridge was closed in March because two of its piers had cracked.",
  "BAKER: The county has known about the cracks since last year, and nothing was done about them.",
  "The bridge was built in 1936 and has carried traffic across the river for nearly ninety years.",
].join("\n\n");

describe("a statement-kind question on a transcript", () => {
  const drafts = suggestQuestions(
    { id: "meeting", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body },
    50,
  ).filter((q) => q.kind === "statement-kind" && q.answer[0] === "fact");

  it("keys as the outlet's own claim only a sentence outside the speakers' lines", () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const q of drafts) expect(q.evidence[0]!.quote).toMatch(/^The bridge was built in 1936/);
  });
});
