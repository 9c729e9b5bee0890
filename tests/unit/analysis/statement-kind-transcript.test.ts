import { describe, expect, it } from "vitest";
import { suggestLesson, suggestQuestions } from "@/lib/analysis/suggest-questions";

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

/** A report we wrote: a judgement in the outlet's voice comes before a plain fact. */
const judged = [
  "The after-school clubs in the east of the town are extra valuable for the working parents who use them every day.",
  "The council's budget for the clubs was cut by a third in March, and two of the five clubs closed in the summer.",
].join("\n\n");

describe("a statement-kind question keyed to the outlet's own factual claim", () => {
  it("takes a sentence that reports, never one with words that judge", () => {
    const facts = suggestQuestions(
      { id: "clubs", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body: judged },
      50,
    ).filter((q) => q.kind === "statement-kind" && q.answer[0] === "fact");
    expect(facts.map((q) => q.evidence[0]!.quote)).toEqual([expect.stringMatching(/^The council's budget/)]);
  });
});

/** A report we wrote: a paraphrase tucked into the outlet's account, then one the sentence is about. */
const tucked = [
  "Members of the residents' group met the engineers at the town hall on Friday afternoon, shortly after the mayor said the bridge would reopen in the spring.",
  "Councillor Tom Reyes told reporters after the meeting that the repairs would cost twice what the council had planned.",
].join("\n\n");

describe("a statement-kind question keyed to a paraphrase", () => {
  it("takes a sentence that is the report, not one where a report is a side clause of the outlet's account", () => {
    const paraphrases = suggestLesson(
      [{ id: "bridge", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body: tucked }],
      { all: true },
    )
      .map((s) => s.question)
      .filter((q) => q.kind === "statement-kind" && q.answer[0] === "paraphrase");
    expect(paraphrases.map((q) => q.evidence[0]!.quote)).toEqual([expect.stringMatching(/^Councillor Tom Reyes told/)]);
  });
});

describe("a transcript printed with a quotation mark before each speaker's label", () => {
  it("still gives every sentence of a line to its speaker", () => {
    const printed = [
      "The mayor spoke to the radio host on Sunday. A transcript of the exchange follows.",
      '"REID: Thank you for coming on. The council had closed the bridge before the engineers had even reported back to it.',
      '"BAKER: Because two of its piers had cracked, and the county had known about the cracks since last year.',
      "The bridge was built in 1936 and has carried traffic across the river for nearly ninety years.",
    ].join("\n\n");
    const facts = suggestQuestions(
      { id: "radio", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body: printed },
      50,
    ).filter((q) => q.kind === "statement-kind" && q.answer[0] === "fact");
    for (const q of facts) expect(q.evidence[0]!.quote).toMatch(/^The bridge was built in 1936/);
  });
});
