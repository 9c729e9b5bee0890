import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { f1, scoreArticle, type Gold } from "@/lib/analysis/evaluate";

const quotesOf = (raw: string) => analyzeArticle(raw).quotes.filter((q) => q.kind !== "indirect");

describe("quote forms", () => {
  it("splits a quote around its attribution into two entries with one speaker", () => {
    const raw = `Officials met on Monday.\n\n"If we pay what they ask," Martin Obi said, "we lose the contracts."\n`;
    expect(quotesOf(raw).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["If we pay what they ask", "Martin Obi", "said"],
      ["we lose the contracts.", "Martin Obi", "said"],
    ]);
  });

  it("keeps a quote that runs over paragraphs with its speaker", () => {
    const raw = `“We will not sign,” said Ana Ruiz. “Not this year.\n\n“Not next year either.”\n`;
    expect(quotesOf(raw).map((q) => [q.text, q.speaker])).toEqual([
      ["We will not sign", "Ana Ruiz"],
      ["Not this year.", "Ana Ruiz"],
      ["Not next year either.", "Ana Ruiz"],
    ]);
  });

  it("reads British single quotes without taking apostrophes for them", () => {
    const raw = `'It's the workers' money,' says Rosa Fielding. The union's view is clear.\n`;
    expect(quotesOf(raw).map((q) => [q.text, q.speaker])).toEqual([["It's the workers' money", "Rosa Fielding"]]);
  });

  it("resolves he and she to the person named before, and titles to the name", () => {
    const raw = `Secretary of State Marco Rubio issued a statement on Sunday.\n\n"The plan was authored by the U.S.," he said.\n\nLater, Rubio added: "It is a framework."\n`;
    expect(quotesOf(raw).map((q) => q.speaker)).toEqual(["Marco Rubio", "Marco Rubio"]);
  });

  it("takes a transcript line as a direct quote, but not a label like Note:", () => {
    const raw = `Press secretary Karoline Leavitt spoke to reporters.\n\nLeavitt: We are close to a deal. (Nov. 24)\n\nNote: This article was updated.\n`;
    expect(quotesOf(raw).map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ["We are close to a deal.", "Karoline Leavitt", "direct"],
    ]);
  });

  it("flags short unattributed phrases as scare quotes", () => {
    const raw = `The so-called "peace dividend" never arrived, and the "reforms" stalled.\n`;
    expect(quotesOf(raw).map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ["peace dividend", "scare", null],
      ["reforms", "scare", null],
    ]);
  });

  it("gives a quote from an unnamed source no speaker rather than a wrong one", () => {
    const raw = `Priya Lal spoke first.\n\n"We are disappointed," a spokesperson for the company said.\n`;
    expect(quotesOf(raw).map((q) => [q.speaker, q.cue, q.kind])).toEqual([[null, "said", "direct"]]);
  });
});

describe("offsets", () => {
  it("are UTF-16 offsets into the text as read, byte-order mark and CRLF kept", () => {
    const lf = readFileSync("tests/fixtures/analysis/harbour-strike.txt", "utf8");
    const crlf = `\uFEFF${lf.replace(/\n/g, "\r\n")}`;
    const a = analyzeArticle(lf);
    const b = analyzeArticle(crlf);
    expect(b.quotes.map((q) => q.text)).toEqual(a.quotes.map((q) => q.text));
    for (const q of b.quotes) expect(crlf.slice(q.start, q.end)).toBe(q.text);
    for (const s of b.sentences) expect(crlf.slice(s.start, s.end).trim()).toBe(crlf.slice(s.start, s.end));
    for (const d of b.dates) expect(crlf.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("the annotated evaluation set", () => {
  const dir = "tests/fixtures/analysis";
  const files = [
    ...readdirSync(dir).map((f) => path.join(dir, f)),
    ...readdirSync(path.join(dir, "held-out")).map((f) => path.join(dir, "held-out", f)),
  ].filter((f) => f.endsWith(".gold.json"));

  it.each(files)("%s: quotes found by exact span, with their speakers", (file) => {
    const score = scoreArticle(
      readFileSync(file.replace(/\.gold\.json$/, ".txt"), "utf8"),
      JSON.parse(readFileSync(file, "utf8")) as Gold,
    );
    const precision = score.found ? score.matched / score.found : 0;
    const recall = score.matched / score.gold;
    expect(f1(precision, recall)).toBeGreaterThanOrEqual(0.9);
    expect(score.speakerRight / Math.max(1, score.matched)).toBeGreaterThanOrEqual(0.9);
  });
});
