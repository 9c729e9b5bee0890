import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, kindOfFile, MAX_SOURCE_BYTES, readSource } from "@/lib/import/read-source-file";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("reading an uploaded file", () => {
  it.each([
    ["an empty file", new Uint8Array(), /is empty/],
    ["whitespace only", bytes("  \n\t\n"), /has no text in it/],
    [
      "a binary file",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /not a text file/,
    ],
    ["Latin-1 text", Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]), /not UTF-8 text/],
    ["more than 1 MB", bytes("a".repeat(MAX_SOURCE_BYTES + 1)), /under 1 MB of text/],
  ])("refuses %s with a clear message", (_what, input, message) => {
    const result = decodeText(input, "article.txt");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("accepts UTF-8 text, dropping a byte-order mark", () => {
    expect(decodeText(bytes("\uFEFFPort workers vote to strike."), "a.txt")).toEqual({
      ok: true,
      text: "Port workers vote to strike.",
    });
  });

  it("knows the kinds it reads by their extension", () => {
    expect(["a.TXT", "b.md", "c.markdown", "d.html", "e.htm", "f.pdf", "g.docx"].map(kindOfFile)).toEqual([
      "text",
      "markdown",
      "markdown",
      "html",
      "html",
      null,
      null,
    ]);
  });
});

describe("reading a source", () => {
  it("reduces a hostile page to its article's text, says what it removed, and keeps no markup", () => {
    const result = readSource(readFileSync("tests/fixtures/import/hostile.html", "utf8"), "html");
    if (!result.ok) throw new Error(result.error);
    const { body, author, published } = result.article;
    expect(body).toContain("Dock workers at the port of Eastham will walk out next week");
    expect(body).toContain("‘Our members have had enough.’");
    expect(body).not.toMatch(
      /__pwned = '(?:onload|onclick|onerror|svg|iframe|link)'|head script|tracker|evil\.example|Subscribe to our newsletter/,
    );
    expect(body).not.toMatch(/<(?!script>window\.__pwned = 'escaped')[a-z]/i);
    // Escaped markup in the article is its text, and stays text (React escapes it when shown).
    expect(body).toContain("<script>window.__pwned = 'escaped'</script>");
    expect({ author, published }).toEqual({ author: "Helen Marsh", published: "2024-03-14" });
    expect(result.notices.join(" ")).toMatch(/contained \d+ scripts or script links; they were removed/);
  });

  it("reads Markdown as its text", () => {
    const result = readSource(
      "# Port workers vote to strike\n\nBy Helen Marsh\n\nDock workers **will walk out** next week, [union leaders](https://example.org) said.\n\n> We will not be moved.\n",
      "markdown",
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.article).toMatchObject({ title: "Port workers vote to strike", author: "Helen Marsh" });
    expect(result.article.body).toBe(
      "Dock workers will walk out next week, union leaders said.\n\n> We will not be moved.",
    );
  });

  it("refuses empty or oversized text", () => {
    expect(readSource("   ", "text")).toEqual({ ok: false, error: "There is no text to import." });
    expect(readSource("é".repeat(MAX_SOURCE_BYTES / 2 + 1), "text")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/more than 1 MB/),
    });
  });
});
