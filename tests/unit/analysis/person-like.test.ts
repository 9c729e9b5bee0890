import { describe, expect, it } from "vitest";
import { looksLikePerson } from "@/lib/analysis/person-like";
import { suggestLesson, type SuggestSource } from "@/lib/analysis/suggest-questions";

// Written for this test.
const BODY = [
  "[Video: Mayor Ortiz Speech at the Harbor Foundation gala.]",
  "Mayor Dan Ortiz said on Monday that the harbor would reopen in June, after a winter of repairs.",
  "\u201cThe boats will be back before the summer,\u201d Ortiz said at the gala, which the Lakeside Morning Show broadcast live from Vermont.",
  "Councillor Ann Baker said the repairs had cost more than planned. \u201cWe were told March, then April,\u201d Baker said.",
  "Harbor master Tom Reyes said the new piers were safer. \u201cNobody will fall in this year,\u201d he said.",
].join("\n\n");

describe("speaker options", () => {
  it("are people, not captions, programmes, places or a title cut off", () => {
    for (const thing of ["Ortiz Speech", "Lakeside Morning Show", "Vermont", "Gov", "A Harbor Foundation"])
      expect(looksLikePerson(thing, BODY), thing).toBe(false);
    for (const person of ["Dan Ortiz", "Ortiz", "Ann Baker", "Tom Reyes", "Charles B. Rangel"])
      expect(looksLikePerson(person, BODY), person).toBe(true);
    const source: SuggestSource = {
      id: "harbor",
      outlet: "Eastside Gazette",
      genre: "news-report",
      body: BODY,
      published: "2026-03-12",
    };
    const speakers = suggestLesson([source], { all: true }).filter((s) => s.question.kind === "speaker");
    expect(speakers.length).toBeGreaterThan(1);
    for (const { question } of speakers)
      for (const option of question.options) expect(option.text).not.toMatch(/Speech|Show|Vermont|Foundation/);
  });
});
