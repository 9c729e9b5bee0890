import { describe, expect, it } from "vitest";
import { suggestQuestions } from "@/lib/analysis/suggest-questions";

/** A short report we wrote: a quote whose own sentence names no one, and one whose attribution follows it. */
const body = [
  "Fairhaven council closed the old bridge on Monday after engineers found cracks in two of its piers.",
  "Mayor Ann Baker told residents at a packed meeting that the town would rebuild it within a year.",
  "“We will have a new bridge by next autumn, and it will carry buses as well as cars,” she said.",
  "“Nobody should have to drive forty minutes to reach the hospital,” she added.",
  "Councillor Tom Reyes, who voted against the closure, was less hopeful about the timetable.",
  "“The money for a new bridge has not been found yet, and the state has said no twice,”",
  "Reyes said after the vote.",
].join("\n\n");

describe("a speaker question's evidence shows who spoke", () => {
  const drafts = suggestQuestions(
    { id: "bridge", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body },
    50,
  ).filter((q) => q.kind === "speaker");

  it("adds the sentence that names the speaker when the quote's own sentence only says “she said”", () => {
    const q = drafts.find((d) => d.prompt.includes("We will have a new bridge"));
    expect(q, drafts.map((d) => d.prompt).join("\n")).toBeDefined();
    expect(q!.evidence[0]!.quote).toContain("We will have a new bridge");
    expect(q!.evidence.some((e) => e.quote.includes("Ann Baker"))).toBe(true);
    for (const e of q!.evidence) expect(body).toContain(e.quote);
  });

  it("takes the attribution that follows the closing mark", () => {
    const q = drafts.find((d) => d.prompt.includes("new bridge has not been found"));
    expect(q, drafts.map((d) => d.prompt).join("\n")).toBeDefined();
    expect(q!.answer).toEqual(["tom-reyes"]);
    expect(q!.evidence.map((e) => e.quote).join(" ")).toContain("Reyes said");
  });
});
