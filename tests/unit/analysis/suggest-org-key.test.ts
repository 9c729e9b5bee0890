import { describe, expect, it } from "vitest";
import { suggestLesson, type SuggestSource } from "@/lib/analysis/suggest-questions";

// Every article below was written for this test: names, bodies and events invented.

const source = (body: string): SuggestSource => ({
  id: "article",
  outlet: "Eastside Gazette",
  genre: "news-report",
  body,
  published: "2026-03-12",
});

const whoSaid = (body: string, words: string) =>
  suggestLesson([source(body)], { all: true }).find(
    (s) => s.question.kind === "speaker" && s.question.prompt.includes(words),
  );

const people = [
  `Dover's harbour plan is back before the council.`,
  `"We have waited long enough for a decision on the quays," said Ana Ruiz, who runs a ferry firm on the east pier.`,
  `"Nobody has asked the fishermen what they need," said Tom Hale, a trawler captain.`,
  `"The money is there if the council wants it," said Carl Mendes, a builder who has bid for the work.`,
];

describe("a who-said question keyed to an organisation", () => {
  it("offers other organisations, not people, as distractors", () => {
    const body = [
      ...people,
      `The Harbour Trading Commission said in March that it would look at the bids again.`,
      `The Dover Port Authority approved a new ferry timetable last year.`,
      `The plan asks for "a clear and lasting benefit to the working port," as a Coastal Security memo put it.`,
    ].join("\n\n");
    const s = whoSaid(body, "clear and lasting benefit");
    expect(s).toBeDefined();
    const q = s!.question;
    const key = q.options.find((o) => o.id === q.answer[0])!.text;
    expect(key).toBe("Coastal Security");
    const others = q.options.filter((o) => o.id !== q.answer[0]).map((o) => o.text);
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (const name of ["Ana Ruiz", "Tom Hale", "Carl Mendes"]) expect(others).not.toContain(name);
    expect(others).toEqual(expect.arrayContaining(["Harbour Trading Commission", "Dover Port Authority"]));
  });

  it("is held back with a reason when no other organisation could be offered", () => {
    const body = [
      ...people,
      `The plan asks for "a clear and lasting benefit to the working port," as a Coastal Security memo put it.`,
    ].join("\n\n");
    const s = whoSaid(body, "clear and lasting benefit");
    expect(s).toBeDefined();
    expect(s!.confidence).toBeLessThan(0.7);
    expect(s!.reasons.join(" ")).toMatch(/organisation and the other options are people/);
  });

  it("leaves a person's question with people as options", () => {
    const body = [
      ...people,
      `The Harbour Trading Commission said in March that it would look at the bids again.`,
      `The Dover Port Authority approved a new ferry timetable last year.`,
    ].join("\n\n");
    const s = whoSaid(body, "Nobody has asked the fishermen");
    expect(s).toBeDefined();
    const texts = s!.question.options.map((o) => o.text);
    expect(texts).toContain("Tom Hale");
    expect(texts).not.toContain("Harbour Trading Commission");
  });
});
