import { describe, expect, it } from "vitest";
import { parseSourceFile } from "@/lib/content/parse-source";

const FILE = "sources/test-report.txt";

const frontMatter = [
  "title: Talks went on",
  "outlet: The Test Times",
  "author: Ann Author",
  "published: 2025-11-24",
  "genre: news-report",
  "captureNote: Written for the tests.",
];

function sourceFile(lines: string[], body = "First paragraph.\n\nSecond paragraph."): string {
  return ["---", ...lines, "---", body].join("\n");
}

/** Front matter line i (0-based) sits on file line i + 2, after the opening fence. */
const fileLine = (frontMatterIndex: number) => frontMatterIndex + 2;

describe("parseSourceFile", () => {
  it("parses front matter and keeps the body verbatim", () => {
    const source = parseSourceFile(FILE, "test-report", sourceFile(frontMatter, "“Curly” — and  two spaces.\n\nNext."));
    expect(source).toMatchObject({ id: "test-report", outlet: "The Test Times", genre: "news-report", file: FILE });
    expect(source).toHaveProperty("body", "“Curly” — and  two spaces.\n\nNext.");
  });

  it("normalises Windows line endings but nothing inside a line", () => {
    const source = parseSourceFile(
      FILE,
      "test-report",
      sourceFile(frontMatter, "One ‘two’.\n\nThree.").replace(/\n/g, "\r\n"),
    );
    expect(source).toHaveProperty("body", "One ‘two’.\n\nThree.");
  });

  it("requires the opening fence on line 1", () => {
    expect(parseSourceFile(FILE, "test-report", frontMatter.join("\n") + "\n---\nBody.")).toEqual([
      { file: FILE, line: 1, message: expect.stringMatching(/starts with a `---` line/) },
    ]);
  });

  it("requires a closing fence", () => {
    expect(parseSourceFile(FILE, "test-report", ["---", ...frontMatter, "Body."].join("\n"))).toEqual([
      { file: FILE, line: 1, message: expect.stringMatching(/never closed/) },
    ]);
  });

  it("points at the line of an invalid date", () => {
    const lines = frontMatter.map((l) => (l.startsWith("published:") ? "published: 24 November 2025" : l));
    expect(parseSourceFile(FILE, "test-report", sourceFile(lines))).toEqual([
      { file: FILE, line: fileLine(3), message: expect.stringMatching(/^published: must be a date/) },
    ]);
  });

  it("points at the line of an unknown genre", () => {
    const lines = frontMatter.map((l) => (l.startsWith("genre:") ? "genre: blog-post" : l));
    expect(parseSourceFile(FILE, "test-report", sourceFile(lines))).toEqual([
      { file: FILE, line: fileLine(4), message: expect.stringMatching(/^genre: .*news-report.*opinion/) },
    ]);
  });

  it("points at the line of a YAML syntax error", () => {
    const lines = [...frontMatter, "title: A second title"];
    const errors = parseSourceFile(FILE, "test-report", sourceFile(lines));
    expect(errors).toEqual([{ file: FILE, line: fileLine(6), message: expect.stringMatching(/^YAML: .*unique/i) }]);
  });

  it("rejects an unknown key, naming it", () => {
    const lines = [...frontMatter, "colour: red"];
    const errors = parseSourceFile(FILE, "test-report", sourceFile(lines));
    expect(errors).toEqual([{ file: FILE, line: expect.any(Number), message: expect.stringContaining('"colour"') }]);
    // Inside the front matter: the fences are lines 1 and frontMatter.length + 2.
    const [error] = errors as { line: number }[];
    expect(error!.line).toBeGreaterThanOrEqual(2);
    expect(error!.line).toBeLessThanOrEqual(fileLine(6));
  });

  it("reports a missing required field", () => {
    const lines = frontMatter.filter((l) => !l.startsWith("author:"));
    expect(parseSourceFile(FILE, "test-report", sourceFile(lines))).toEqual([
      { file: FILE, line: expect.any(Number), message: expect.stringMatching(/^author: /) },
    ]);
  });

  it("rejects an empty body, pointing just after the closing fence", () => {
    expect(parseSourceFile(FILE, "test-report", sourceFile(frontMatter, "\n\n  \n"))).toEqual([
      { file: FILE, line: frontMatter.length + 3, message: "the article body is empty" },
    ]);
  });

  it("rejects a non-https URL", () => {
    const lines = [...frontMatter, "url: http://example.com/story"];
    expect(parseSourceFile(FILE, "test-report", sourceFile(lines))).toEqual([
      { file: FILE, line: fileLine(6), message: expect.stringMatching(/^url: /) },
    ]);
  });
});
