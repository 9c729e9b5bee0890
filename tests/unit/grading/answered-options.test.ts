import { describe, expect, it } from "vitest";
import { answeredOptions, keepsMarks } from "@/lib/grading/answered-options";
import { markedOptions } from "@/lib/grading/mark-credit";

// Three sentences of one article, at these offsets.
const spans = {
  first: { source: "a", start: 0, end: 20 },
  second: { source: "a", start: 21, end: 41 },
  third: { source: "a", start: 42, end: 62 },
};
const highlight = { kind: "highlight" as const, option_spans: spans };

describe("a highlight item answered by marking the article", () => {
  it("counts a sentence as marked from half of its characters", () => {
    expect(markedOptions(spans, [{ source: "a", start: 0, end: 10 }])).toEqual(["first"]);
    expect(markedOptions(spans, [{ source: "a", start: 0, end: 9 }])).toEqual([]);
    // A drag over the first sentence that spills a word into the second marks only the first.
    expect(markedOptions(spans, [{ source: "a", start: 0, end: 25 }])).toEqual(["first"]);
    expect(markedOptions(spans, [{ source: "b", start: 0, end: 20 }])).toEqual([]);
    // Marks over two sentences, in pieces: each counted by what covers it.
    expect(
      markedOptions(spans, [
        { source: "a", start: 21, end: 30 },
        { source: "a", start: 30, end: 41 },
        { source: "a", start: 42, end: 62 },
      ]),
    ).toEqual(["second", "third"]);
  });

  it("joins the marked sentences to any chosen outright, in article order, and keeps unknown ids for the check", () => {
    expect(answeredOptions(highlight, ["third"], [{ source: "a", start: 0, end: 20 }])).toEqual(["first", "third"]);
    expect(answeredOptions(highlight, ["zzz"], [])).toEqual(["zzz"]);
    expect(answeredOptions({ kind: "speaker" }, ["b"], [{ source: "a", start: 0, end: 20 }])).toEqual(["b"]);
  });

  it("keeps marks for highlight, two-tier and marked written answers only", () => {
    expect(keepsMarks(highlight)).toBe(true);
    expect(keepsMarks({ kind: "speaker", mark_evidence: true })).toBe(true);
    expect(keepsMarks({ kind: "speaker" })).toBe(false);
  });
});
