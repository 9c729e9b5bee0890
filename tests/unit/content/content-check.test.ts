import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONTENT_DIR, readContent } from "@/lib/content/load-content";
import { runScript } from "@/tests/support/run-script";

const LESSON = path.join("lessons", "who-reported-what.yaml");

describe("checking a content directory", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "byline-content-"));
    cpSync(CONTENT_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("content:check passes on the real content", () => {
    const run = runScript("scripts/content-check.ts", [dir]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^content:check ok: \d+ sources, \d+ lessons, \d+ questions/);
    expect(run.status).toBe(0);
  });

  it("reports an evidence quote changed by one character, in readContent and in content:check", () => {
    const file = path.join(dir, LESSON);
    const raw = readFileSync(file, "utf8");
    const original = "Bloomberg reported on Nov. 23.";
    expect(raw).toContain(`quote: Secretive talks between the U.S. and Russia left out key White House officials and have been ongoing for weeks, ${original}`);
    writeFileSync(file, raw.replace(original, "Bloomberg reported on Nov. 22."));
    const quoteLine = raw.split("\n").findIndex((l) => l.includes(original)) + 1;

    const { errors } = readContent(dir);
    expect(errors).toEqual([{ file: LESSON, line: quoteLine, message: expect.stringMatching(/not an exact substring/) }]);

    const run = runScript("scripts/content-check.ts", [dir]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`${LESSON}:${quoteLine}:`);
  });

  it("reports a question id used in two lesson files", () => {
    const doc = parseDocument(readFileSync(path.join(dir, LESSON), "utf8"));
    doc.set("id", "who-reported-what-copy");
    writeFileSync(path.join(dir, "lessons", "who-reported-what-copy.yaml"), doc.toString());
    const questionIds = (doc.toJS() as { questions: { id: string }[] }).questions.map((q) => q.id);

    const { errors } = readContent(dir);
    expect(errors.map((e) => e.message)).toEqual(questionIds.map((id) => expect.stringContaining(`duplicate question id "${id}"`)));
    expect(errors.every((e) => e.file === path.join("lessons", "who-reported-what.yaml") || e.file === path.join("lessons", "who-reported-what-copy.yaml"))).toBe(true);
  });

  it("reports a lesson id used in two lesson files", () => {
    const doc = parseDocument(readFileSync(path.join(dir, LESSON), "utf8"));
    const { questions } = doc.toJS() as { questions: unknown[] };
    questions.forEach((_, i) => doc.setIn(["questions", i, "id"], `copied-question-${i + 1}`));
    writeFileSync(path.join(dir, "lessons", "zz-copy.yaml"), doc.toString());

    const { errors } = readContent(dir);
    expect(errors).toEqual([{ file: path.join("lessons", "zz-copy.yaml"), line: 1, message: expect.stringContaining('duplicate lesson id "who-reported-what"') }]);
  });
});
