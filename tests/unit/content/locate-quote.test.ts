import { describe, expect, it } from "vitest";
import { locateQuote } from "@/lib/content/locate-quote";

const body = "Trump said “it’s over.” Rubio said “it’s over.”\nThe talks  went on.";

describe("locateQuote", () => {
  it("finds an exact quote and returns its span", () => {
    const span = locateQuote(body, "The talks  went on.");
    expect(span).toEqual({ start: body.indexOf("The talks"), end: body.length });
  });

  it("picks the requested occurrence of a repeated quote", () => {
    const second = locateQuote(body, "“it’s over.”", 2);
    expect(second).toEqual({ start: body.lastIndexOf("“it’s over.”"), end: body.lastIndexOf("“it’s over.”") + 12 });
    expect(locateQuote(body, "“it’s over.”", 1)).toEqual({
      start: body.indexOf("“it’s over.”"),
      end: body.indexOf("“it’s over.”") + 12,
    });
  });

  it("rejects an occurrence beyond the last one", () => {
    expect(locateQuote(body, "“it’s over.”", 3)).toMatch(/occurs 2 times in the source, not 3/);
  });

  it("rejects a repeated quote without an occurrence number", () => {
    expect(locateQuote(body, "“it’s over.”")).toMatch(/occurs more than once.*occurrence number/);
  });

  it("does not accept a straight apostrophe for the source's curly one", () => {
    expect(locateQuote(body, "Trump said “it's over.”")).toMatch(/not an exact substring/);
  });

  it("does not accept straight double quotes for curly ones", () => {
    expect(locateQuote(body, 'Trump said "it’s over."')).toMatch(/not an exact substring/);
  });

  it("does not normalise whitespace", () => {
    expect(locateQuote(body, "The talks went on.")).toMatch(/not an exact substring/);
    expect(locateQuote(body, "Rubio said “it’s over.” The talks")).toMatch(/not an exact substring/);
  });

  it("is case sensitive", () => {
    expect(locateQuote(body, "the talks  went on.")).toMatch(/not an exact substring/);
  });
});
