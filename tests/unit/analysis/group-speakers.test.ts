import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

/** Every quote as [kind, speaker, speakers]; `speakers` only when the speaker is a group. */
const speakersOf = (raw: string) => analyzeArticle(raw).quotes.map((q) => [q.kind, q.speaker, q.speakers ?? null]);

describe("a group of named speakers is one speaker, never one of its members", () => {
  it("two names joined by “and”, before the quote", () => {
    const raw = `Tom Smith and Ray Jones left the board in May.\n\nSmith and Jones said in a joint statement: "We will not go quietly."`;
    expect(speakersOf(raw)).toEqual([["direct", "Tom Smith and Ray Jones", ["Tom Smith", "Ray Jones"]]]);
    expect(analyzeArticle(raw).quotes[0]!.cue).toBe("said in a joint statement");
  });

  it("a list in apposition to a plural head noun", () => {
    const raw = `Four senators, Ann Baker, Carl Diaz, Eve Fox and Gus Hill, said they found the letter "deeply troubling" and asked for a hearing.`;
    const members = ["Ann Baker", "Carl Diaz", "Eve Fox", "Gus Hill"];
    const group = ["Ann Baker, Carl Diaz, Eve Fox and Gus Hill", members];
    expect(speakersOf(raw).filter((s) => s[0] === "direct")).toEqual([["direct", ...group]]);
    // The reported speech around it is the group's too, never its first member's.
    for (const s of speakersOf(raw).filter((s) => s[0] === "indirect")) expect(s.slice(1)).toEqual(group);
  });

  it("“X and Y wrote” after the quote, with the fullest names the article gives", () => {
    const raw = `Rep. Elijah Marsh and Rep. Joan Conway sent the letter on Monday.\n\n“We expect a full answer by Friday,” Marsh and Conway wrote.`;
    expect(speakersOf(raw)).toEqual([["direct", "Elijah Marsh and Joan Conway", ["Elijah Marsh", "Joan Conway"]]]);
  });

  it("a group after the verb, and “they” for the group named just before", () => {
    const raw = `"We will appeal," said Tom Smith and Ray Jones.\n\nSmith and Jones met the judge on Friday. "It was a fair hearing," they said.`;
    expect(speakersOf(raw).map((s) => s[1])).toEqual(["Tom Smith and Ray Jones", "Tom Smith and Ray Jones"]);
  });

  it("indirect speech from a group", () => {
    const raw = `Tom Smith and Ray Jones left the board in May.\n\nSmith and Jones said in a statement that they would not resign.`;
    expect(speakersOf(raw)).toEqual([["indirect", "Tom Smith and Ray Jones", ["Tom Smith", "Ray Jones"]]]);
  });

  it("two people who share a surname", () => {
    const raw = `Bill and Hillary Clinton said they were "deeply saddened by the news."`;
    expect(speakersOf(raw)).toEqual([
      ["direct", "Bill Clinton and Hillary Clinton", ["Bill Clinton", "Hillary Clinton"]],
    ]);
  });

  it("leaves out a word that opens the sentence but names nobody", () => {
    const raw = `Yesterday, Tom Smith and Ray Jones said the plan was "a disaster for everyone."`;
    expect(speakersOf(raw)).toEqual([["direct", "Tom Smith and Ray Jones", ["Tom Smith", "Ray Jones"]]]);
  });
});

describe("not a group", () => {
  it.each([
    [`Tom Smith, a senator, said the bill was "dead on arrival."`, "Tom Smith"],
    [
      `Tom Smith, who praised Ann Baker, Carl Diaz and Eve Fox, said the plan was "a disaster for everyone."`,
      "Tom Smith",
    ],
    [`Tom Smith met Ann Baker and Carl Diaz on Monday. "It went well," Smith said.`, "Tom Smith"],
    [`"We are ready," the Department of Health and Social Care said.`, "Department of Health and Social Care"],
  ])("%s", (raw, speaker) => {
    expect(speakersOf(raw).filter((s) => s[0] === "direct")).toEqual([["direct", speaker, null]]);
  });

  it("“they” with no group named before is nobody the article names", () => {
    const raw = `Ann Baker chairs the committee. Officials were asked about the delay. "We are looking into it," they said.`;
    expect(speakersOf(raw)).toEqual([["direct", null, null]]);
  });
});
