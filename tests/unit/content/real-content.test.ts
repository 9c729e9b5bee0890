import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/content/load-content";

describe("the content in content/", () => {
  const content = readContent();
  const body = (id: string) => content.sources.find((s) => s.id === id)?.body;

  it("validates with no errors", () => {
    expect(content.errors).toEqual([]);
    expect(content.sources.length).toBeGreaterThan(0);
    expect(content.lessons.length).toBeGreaterThan(0);
    expect(content.lessons.every((l) => l.questions.length > 0)).toBe(true);
  });

  it("grounds every evidence quote at the offsets it records", () => {
    const quotes = content.lessons.flatMap((l) => l.questions.flatMap((q) => q.evidence));
    expect(quotes.length).toBeGreaterThan(0);
    for (const e of quotes) expect(body(e.source)?.slice(e.start, e.end)).toBe(e.quote);
  });

  it("finds every highlight option verbatim in the question's source", () => {
    const highlights = content.lessons.flatMap((l) => l.questions.filter((q) => q.kind === "highlight"));
    for (const q of highlights) {
      expect(Object.keys(q.optionSpans ?? {}).sort()).toEqual(q.options.map((o) => o.id).sort());
      for (const o of q.options) {
        const span = q.optionSpans![o.id]!;
        expect(body(q.source!)?.slice(span.start, span.end)).toBe(o.text);
      }
    }
  });

  it("only cites sources that the lesson lists", () => {
    for (const lesson of content.lessons) {
      for (const q of lesson.questions) {
        for (const e of q.evidence) expect(lesson.sources).toContain(e.source);
      }
    }
  });
});
