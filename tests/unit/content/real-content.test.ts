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

  describe("the bank's balance (issue 19)", () => {
    const questions = content.lessons.flatMap((l) => l.questions);

    it("asks for judgement in at least a third of its questions", () => {
      const evaluate = questions.filter((q) => q.level === "evaluate");
      expect(evaluate.length * 3).toBeGreaterThanOrEqual(questions.length);
    });

    it("keeps no pure mention-check or spelling item", () => {
      const recallOnly = questions.filter((q) =>
        /\bwhich (article|outlet|piece)s? (mentions?|names?|quotes?|uses?)\b|\bhow do(es)? .* (spell|write) .*\bname\b/i.test(
          q.prompt,
        ),
      );
      expect(recallOnly.map((q) => q.id)).toEqual([]);
    });

    it("asks in every lesson for at least one answer shown in the article (a two-tier item)", () => {
      const without = content.lessons.filter((l) => !l.questions.some((q) => q.markEvidence)).map((l) => l.id);
      expect(without).toEqual([]);
    });

    it("has a lesson on evidence and argument built from the judgement kinds", () => {
      const lesson = content.lessons.find((l) => l.id === "evidence-and-argument");
      const kinds = new Set(lesson?.questions.map((q) => q.kind));
      for (const kind of ["evidence-check", "who-is-behind", "does-it-follow", "loaded-words"] as const)
        expect(kinds, kind).toContain(kind);
    });
  });
});
