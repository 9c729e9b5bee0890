import { describe, expect, it } from "vitest";
import { suggestLessonDrafts } from "@/lib/analysis/suggest-questions";
import { checkDraftForPublish } from "@/lib/teacher-lessons/check-draft";

// Written for this test: a quote whose speaker is found only by "she", her name three paragraphs back.
const BODY = `Maria Okonkwo, who chairs the tenants' association, has led the campaign against the rent rise since spring.

The landlord's managing director, Paul Hendry, has met the association twice this year.

Tenants in the eastern block said their heating had failed twice this winter.

"We are paying more every year for flats that are getting colder," she said.

"Nobody here can afford another increase of this size," Okonkwo said on Tuesday.`;
const SOURCE = {
  id: "t-tenants0001",
  outlet: "Eastside Gazette",
  genre: "news-report" as const,
  body: BODY,
  published: "2026-03-12",
};

describe("a suggestion's 'Check this' note", () => {
  const drafts = suggestLessonDrafts([SOURCE]);

  it("travels with the drafts a teacher reviews", () => {
    const flagged = drafts.filter((q) => q.check);
    expect(flagged.length).toBeGreaterThan(0);
    for (const q of flagged) {
      expect(q.check!.confidence).toBeGreaterThanOrEqual(0.5);
      expect(q.check!.confidence).toBeLessThan(0.7);
      expect(q.check!.reasons.length).toBeGreaterThan(0);
    }
  });

  it("is never published: the publishing check drops it and keeps the question", () => {
    const checked = checkDraftForPublish("t-lesson0001", drafts, [SOURCE]);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.questions).toHaveLength(drafts.length);
    expect(JSON.stringify(checked.questions)).not.toMatch(/"check"|Check this|pronoun/);
  });
});
