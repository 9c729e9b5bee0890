import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

/** The speaker of the article's last direct quote; made-up sentences, one rule each. */
const lastSpeaker = (raw: string) =>
  analyzeArticle(raw)
    .quotes.filter((q) => q.kind === "direct")
    .at(-1)?.speaker;

describe("a role as the speaker (roles.ts)", () => {
  it("of two people written with the role, takes the one named last, not the one titled last", () => {
    const raw =
      "Sen. Ann Lee opened the hearing in Dover on Monday.\n\n" +
      "Sen. Carl Diaz praised the bill on Tuesday.\n\n" +
      "Lee, who is in her second term, then praised the ferry crews.\n\n" +
      "“They kept the harbour open all winter,” the senator said.";
    expect(lastSpeaker(raw)).toBe("Ann Lee");
  });

  it("reads the role as a whole word: a presidential candidate is no president", () => {
    const raw =
      "Former President Carl Diaz toured the docks in Dover on Monday.\n\n" +
      "Presidential candidate Tom Hale spoke later at the town hall.\n\n" +
      "Diaz was cheered by the crowd at the pier.\n\n" +
      "“This harbour built the town,” the former president said.";
    expect(lastSpeaker(raw)).toBe("Carl Diaz");
  });
});
