import { describe, expect, it } from "vitest";
import { toParagraphs } from "@/components/reader/paragraphs";

const body = "First paragraph here.\n\nSecond one, with a quote.\n\nThird.";

describe("toParagraphs", () => {
  it("keeps each paragraph's offset into the body", () => {
    const paragraphs = toParagraphs(body);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 23, 50]);
    for (const p of paragraphs) expect(body.slice(p.start).startsWith(p.segments[0]!.text)).toBe(true);
  });

  it("marks highlighted spans, also across paragraphs, without changing the text", () => {
    const start = body.indexOf("here");
    const end = body.indexOf("with") + 4;
    const paragraphs = toParagraphs(body, [{ start, end }]);
    const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.marked).map((s) => s.text));
    expect(marked).toEqual(["here.", "Second one, with"]);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join("")).join("\n\n")).toBe(body);
  });
});
