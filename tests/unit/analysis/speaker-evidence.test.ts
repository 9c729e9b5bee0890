import { describe, expect, it } from "vitest";
import { suggestLesson, suggestQuestions } from "@/lib/analysis/suggest-questions";

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

/** Written for this test: a question inside a quote, and a quote that goes on after "she said". */
const harbor = [
  "Harbor master Lena Vos met fishermen on the quay on Tuesday to explain the new berth fees.",
  "“Do I think that if somebody calls the fee a ‘harbor tax’ that it’s a big deal? No,” said Vos. “The repairs had to be paid for.”",
  "Councillor Tom Reyes disagreed with her at the meeting and asked for a vote on the fees.",
  "Fisher Maria Okonkwo, who keeps two boats at the north pier, said the fees would double her costs.",
  "“We were never asked about any of this,” she said. “Nobody on the quay can pay twice as much.”",
].join("\n\n");

describe("a speaker question's evidence reaches its attribution", () => {
  // Every draft, those held back too: the evidence is built the same way whatever the confidence.
  const drafts = suggestLesson(
    [{ id: "harbor", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body: harbor }],
    { all: true },
  )
    .map((s) => s.question)
    .filter((q) => q.kind === "speaker");
  const find = (words: string) => {
    const q = drafts.find((d) => d.prompt.includes(words));
    expect(q, drafts.map((d) => d.prompt).join("\n")).toBeDefined();
    for (const e of q!.evidence) expect(harbor).toContain(e.quote);
    return q!.evidence.map((e) => e.quote).join(" ");
  };

  it("past a question mark inside the quote, to the name after the closing mark", () => {
    expect(find("Do I think that if somebody")).toContain("said Vos");
  });

  it("through “she said” back to the sentence that names her, for words that go on after it", () => {
    const evidence = find("Nobody on the quay");
    expect(evidence).toContain("she said");
    expect(evidence).toContain("Maria Okonkwo");
  });
});

describe("a quoted sentence split by its attribution", () => {
  it("gives one speaker question, not one per half", () => {
    const body = [
      "Councillor Tom Reyes spoke after Mayor Ann Baker and harbor master Lena Vos had defended the harbor fees on Tuesday.",
      "“What worries me is not just the fee for the small boats,” Reyes told the meeting, “but the way the council kept the fishermen out of the decision for a whole year.”",
    ].join("\n\n");
    const speakers = suggestLesson(
      [{ id: "split", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body }],
      { all: true },
    ).filter((s) => s.question.kind === "speaker");
    expect(speakers.map((s) => s.question.prompt)).toEqual([expect.stringContaining("What worries me")]);
  });
});

describe("a speaker question's evidence and a name inside the quote", () => {
  it("does not take the speaker's name inside the quoted words for the attribution", () => {
    const body = [
      "Mayor Ann Baker has asked the county for money to rebuild the bridge, and Councillor Tom Reyes has opposed her.",
      "Baker spoke to the rotary club last week about the vote.",
      "“Look at how long the town has waited,” she said in August. “To those who doubt it I say: what do you have to lose by trusting Baker with the bridge?”",
    ].join("\n\n");
    const q = suggestLesson(
      [{ id: "club", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body }],
      { all: true },
    )
      .map((s) => s.question)
      .find((x) => x.kind === "speaker" && x.prompt.includes("To those who doubt"));
    expect(q).toBeDefined();
    const evidence = q!.evidence.map((e) => e.quote).join(" ");
    expect(evidence).toContain("she said in August");
    expect(evidence).toContain("Baker spoke to the rotary club");
  });
});

describe("a quote that goes on after a description of its speaker", () => {
  it("carries the sentence with the description into the evidence, back to the name", () => {
    const body = [
      "Carl Mendes on Wednesday called on Ann Lee to apologize to Tom Hale for her remarks about the harbor.",
      "“My reaction, that was absurd,” Hale's former campaign strategist said in an interview with KRTV’s Dana Fenn. “She, like Tom Hale, has refused to apologize for an outrageous remark. She really should.”",
      "Lee did not respond to a request for comment on Wednesday.",
    ].join("\n\n");
    const drafts = suggestLesson(
      [{ id: "apology", outlet: "The Fairhaven Courier", genre: "news-report", published: "2026-11-30", body }],
      { all: true },
    )
      .map((s) => s.question)
      .filter((q) => q.kind === "speaker");
    const q = drafts.find((d) => d.prompt.includes("She, like Tom Hale"));
    expect(q, drafts.map((d) => d.prompt).join("\n")).toBeDefined();
    expect(q!.answer).toEqual(["carl-mendes"]);
    const evidence = q!.evidence.map((e) => e.quote).join(" ");
    expect(evidence).toContain("former campaign strategist said");
    expect(evidence).toContain("Carl Mendes on Wednesday");
  });
});
