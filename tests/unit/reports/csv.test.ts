import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvFilename, csvResponse, csvRows, neutralizeFormula } from "@/lib/reports/csv";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks so every row parses back", () => {
    const rows = [["O'Brien, Ann", 'She said "no"', "two\nlines", 3, true, null]];
    expect(parse(csvRows(rows))).toEqual([["O'Brien, Ann", 'She said "no"', "two\nlines", "3", "true", ""]]);
  });

  it("defuses cells that a spreadsheet would run as a formula", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]) {
      expect(neutralizeFormula(attack)).toBe(`'${attack}`);
      expect(parse(csvRows([[attack]]), { relax_quotes: true })[0]![0]).toBe(`'${attack}`);
    }
    expect(neutralizeFormula("Ann")).toBe("Ann");
    expect(csvRows([[-0.5]])).toBe("-0.5\r\n");
  });

  it("streams chunk by chunk after the header", async () => {
    async function* chunks() {
      yield [["a", 1]];
      yield [];
      yield [["b", 2]];
    }
    const response = csvResponse("x.csv", ["name", "n"], chunks());
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    const text = await response.text();
    expect(parse(text, { bom: true })).toEqual([
      ["name", "n"],
      ["a", "1"],
      ["b", "2"],
    ]);
  });

  it("names the file after the class, safely", () => {
    expect(csvFilename("Period 3 / Media Literacy!", "answers", new Date("2026-11-23T10:00:00Z"))).toBe(
      "byline-period-3-media-literacy-answers-2026-11-23.csv",
    );
    expect(csvFilename("日本語", "scores", new Date("2026-11-23T10:00:00Z"))).toBe(
      "byline-class-scores-2026-11-23.csv",
    );
  });
});
