import { describe, expect, it } from "vitest";
import { sentencesAround, sentenceSpans } from "@/lib/content/sentences";

describe("sentenceSpans", () => {
  it("cuts each paragraph into its sentences, at their offsets in the body, without white space", () => {
    const body = "The talks began. Nobody knew why.\n\n  Rubio said “it’s over.” Then he left.";
    const spans = sentenceSpans(body);
    expect(spans.map((s) => body.slice(s.start, s.end))).toEqual([
      "The talks began.",
      "Nobody knew why.",
      "Rubio said “it’s over.”",
      "Then he left.",
    ]);
  });

  it("does not end a sentence at an abbreviation or a date", () => {
    const body = "U.S. President Donald Trump said so on Nov. 27. Then he left.";
    expect(sentenceSpans(body).map((s) => body.slice(s.start, s.end))).toEqual([
      "U.S. President Donald Trump said so on Nov. 27.",
      "Then he left.",
    ]);
  });

  it("never joins two paragraphs into one sentence", () => {
    const body = "A headline without a stop\nThe first sentence.";
    expect(sentenceSpans(body).map((s) => body.slice(s.start, s.end))).toEqual([
      "A headline without a stop",
      "The first sentence.",
    ]);
  });

  it("finds the sentences around a clause, and across two sentences", () => {
    const body = "First one. Then Trump, who was told late, approved it, Bloomberg reported. Last.";
    const clause = body.indexOf("who was told late");
    expect(
      body.slice(...(Object.values(sentencesAround(body, { start: clause, end: clause + 17 })) as [number, number])),
    ).toBe("Then Trump, who was told late, approved it, Bloomberg reported.");
    const across = { start: body.indexOf("one."), end: body.indexOf("Then") + 4 };
    expect(sentencesAround(body, across)).toEqual({ start: 0, end: body.indexOf(" Last.") });
  });
});
