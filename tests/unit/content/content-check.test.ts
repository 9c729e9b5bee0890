import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseDocument, stringify } from "yaml";
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
    // Warnings (keys leaning on one position) may be printed; nothing else.
    expect(
      run.stderr.split("\n").filter((line) => line !== "" && !/^lessons\/[^:]+\.yaml: warning: /.test(line)),
    ).toEqual([]);
    expect(run.stdout).toMatch(/^content:check ok: \d+ sources, \d+ lessons, \d+ questions/);
    expect(run.status).toBe(0);
  });

  it("warns, without failing, about a lesson whose keys sit at one position in the file, unless its order is authored", () => {
    const file = path.join("lessons", "zz-leaning.yaml");
    const question = (n: number, optionOrder?: "authored") => ({
      id: `leaning-${n}`,
      kind: "outlet-attribution",
      skill: "who-reported",
      level: "apply",
      prompt: `Who reported it (${n})?`,
      ...(optionOrder ? { optionOrder } : {}),
      options: [
        { id: "bloomberg", text: "Bloomberg", feedback: "Right." },
        {
          id: "kyiv-independent",
          text: "The Kyiv Independent",
          feedback: "No.",
          misconception: "Takes the publisher for the reporter",
        },
        { id: "both", text: "Both", feedback: "No.", misconception: "Assumes both report it", pinned: true },
      ],
      answer: ["bloomberg"],
      explanation: "The sentence credits Bloomberg.",
      evidence: [
        { source: "kyiv-independent-2025-11-24-secretive-negotiations", quote: "Bloomberg reported on Nov. 23." },
      ],
    });
    const lesson = (optionOrder?: "authored") => ({
      id: "zz-leaning",
      title: "Leaning",
      summary: "Every key first.",
      sources: ["kyiv-independent-2025-11-24-secretive-negotiations"],
      estimatedMinutes: 5,
      questions: [1, 2, 3, 4, 5].map((n) => question(n, optionOrder)),
    });
    const ours = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith(`${file}:`));

    writeFileSync(path.join(dir, file), stringify(lesson()));
    const leaning = runScript("scripts/content-check.ts", [dir]);
    expect(ours(leaning.stderr)).toEqual([
      `${file}: warning: lesson "zz-leaning": 5 of 5 keys are option 1 in the file; students see options shuffled, but authors and teachers' previews read the file order`,
    ]);
    expect(leaning.stdout).toMatch(/^content:check ok: .*; \d+ warning\(s\)\.$/m);
    expect(leaning.status).toBe(0);

    writeFileSync(path.join(dir, file), stringify(lesson("authored")));
    const authored = runScript("scripts/content-check.ts", [dir]);
    expect(ours(authored.stderr)).toEqual([]);
    expect(authored.status).toBe(0);

    // Errors still fail the check, warnings or not.
    writeFileSync(
      path.join(dir, file),
      stringify(lesson()).replace("quote: Bloomberg reported on Nov. 23.", "quote: Bloomberg reported on Nov. 22."),
    );
    const broken = runScript("scripts/content-check.ts", [dir]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/not an exact substring/);
  });

  it("reports an evidence quote changed by one character, in readContent and in content:check", () => {
    const file = path.join(dir, LESSON);
    const raw = readFileSync(file, "utf8");
    const original = "Bloomberg reported on Nov. 23.";
    expect(raw).toContain(
      `quote: Secretive talks between the U.S. and Russia left out key White House officials and have been ongoing for weeks, ${original}`,
    );
    writeFileSync(file, raw.replace(original, "Bloomberg reported on Nov. 22."));
    const quoteLine = raw.split("\n").findIndex((l) => l.includes(original)) + 1;

    const { errors } = readContent(dir);
    expect(errors).toEqual([
      { file: LESSON, line: quoteLine, message: expect.stringMatching(/not an exact substring/) },
    ]);

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
    expect(errors.map((e) => e.message)).toEqual(
      questionIds.map((id) => expect.stringContaining(`duplicate question id "${id}"`)),
    );
    expect(
      errors.every(
        (e) =>
          e.file === path.join("lessons", "who-reported-what.yaml") ||
          e.file === path.join("lessons", "who-reported-what-copy.yaml"),
      ),
    ).toBe(true);
  });

  it("reports a lesson id used in two lesson files", () => {
    const doc = parseDocument(readFileSync(path.join(dir, LESSON), "utf8"));
    const { questions } = doc.toJS() as { questions: unknown[] };
    questions.forEach((_, i) => doc.setIn(["questions", i, "id"], `copied-question-${i + 1}`));
    writeFileSync(path.join(dir, "lessons", "zz-copy.yaml"), doc.toString());

    const { errors } = readContent(dir);
    expect(errors).toEqual([
      {
        file: path.join("lessons", "zz-copy.yaml"),
        line: 1,
        message: expect.stringContaining('duplicate lesson id "who-reported-what"'),
      },
    ]);
  });
});
