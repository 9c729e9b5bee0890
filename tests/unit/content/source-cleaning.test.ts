import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/content/load-content";

/** The articles as captured, page chrome included (kept in the repository as test fixtures). */
const RAW_DIR = path.resolve(process.cwd(), "tests", "fixtures", "captures");

const CHROME_LINES = [
  "Subscribe",
  "0 Comments",
  "Notify of",
  "guest",
  "Oldest",
  "Newest Most Voted",
  "Inline Feedbacks",
  "View all comments",
  "Would love your thoughts, please comment.x",
  "To the Kaizen News Brief In English",
  "News Editor",
  "Monday, November 24, 2025",
  "Politics",
];
const CHROME_FRAGMENTS = [
  "UkraineUnited States",
  "is a news editor for The Kyiv Independent",
  "0 out of 25,000",
  "Kaizen News Brief",
  "byRainer Hofmann",
  "Getty Images",
];

/** Where each article's own text starts and ends in the capture; everything else is chrome. */
const ARTICLE_BOUNDS: Record<string, { first: string; last: string }> = {
  "kyiv-independent-2025-11-24-secretive-negotiations.txt": {
    first: "Secretive talks between the U.S. and Russia",
    last: "Trump, on Nov. 22, told reporters",
  },
  "kaizen-2025-11-24-backroom-peace-plan.txt": {
    first: "The truth had been on the table for weeks",
    last: "That Witkoff found Putin “open”",
  },
};

const { sources } = readContent();

describe.each(sources.map((s) => [s.id, s] as const))("source %s", (_id, source) => {
  const rawLines = readFileSync(path.join(RAW_DIR, path.basename(source.file)), "utf8").split("\n");
  const bodyLines = source.body.split("\n");

  it("keeps whole lines of the captured article, in their order", () => {
    let next = 0;
    for (const line of bodyLines) {
      const found = rawLines.indexOf(line, next);
      expect(found, `not a line of the captured article (after line ${next}): ${line}`).not.toBe(-1);
      next = found + 1;
    }
  });

  it("has no page chrome left", () => {
    for (const chrome of CHROME_LINES) expect(bodyLines).not.toContain(chrome);
    for (const fragment of CHROME_FRAGMENTS) expect(source.body).not.toContain(fragment);
  });

  it("keeps every line from the article's first paragraph to its last", () => {
    const bounds = ARTICLE_BOUNDS[path.basename(source.file)];
    expect(bounds, "add this source's first and last paragraphs to ARTICLE_BOUNDS").toBeDefined();
    const first = rawLines.findIndex((l) => l.startsWith(bounds!.first));
    const last = rawLines.findIndex((l) => l.startsWith(bounds!.last));
    expect(first).toBeGreaterThan(-1);
    expect(last).toBeGreaterThan(first);
    expect(bodyLines).toEqual(rawLines.slice(first, last + 1));
  });
});
