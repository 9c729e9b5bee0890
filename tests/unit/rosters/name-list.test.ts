import { describe, expect, it } from "vitest";
import { parseCsvNames, parsePastedNames } from "@/lib/rosters/name-list";

describe("pasted names", () => {
  it("takes one name per line, skips blank lines and keeps the file's line numbers", () => {
    expect(parsePastedNames("\uFEFFAna Lopez\r\n\r\n  Ben   Carter \r\n")).toEqual({
      names: [
        { line: 1, name: "Ana Lopez" },
        { line: 3, name: "Ben Carter" },
      ],
      problems: [],
    });
  });

  it("reports names without letters, too long and repeated (ignoring case and spacing)", () => {
    const { names, problems } = parsePastedNames(["Ana", "123", "a".repeat(101), "ANA", "Bo"].join("\n"));
    expect(names.map((n) => n.name)).toEqual(["Ana", "Bo"]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [2, "The name has no letters."],
      [3, "The name is longer than 100 characters."],
      [4, "The same name is already on line 1."],
    ]);
  });
});

describe("CSV names", () => {
  it("uses the column headed name and unquotes commas and line breaks", () => {
    const csv = 'id,Student Name\n1,"Lopez, Ana"\n2,"Multi\nLine"\n3,\n';
    const parsed = parseCsvNames(csv);
    expect(parsed).toEqual({
      names: [
        { line: 2, name: "Lopez, Ana" },
        { line: 4, name: "Multi Line" },
      ],
      problems: [{ line: 5, text: "", reason: "The name is empty." }],
    });
  });

  it("reads a single column without a header", () => {
    expect(parseCsvNames("Ana\n\nBen\n")).toEqual({
      names: [
        { line: 1, name: "Ana" },
        { line: 3, name: "Ben" },
      ],
      problems: [],
    });
  });

  it("refuses several unnamed columns and broken quoting", () => {
    expect(parseCsvNames("first,last\nAna,Lopez\n")).toHaveProperty("error");
    expect(parseCsvNames('"Ana\n')).toMatchObject({ error: expect.stringMatching(/could not be read/) });
  });
});
