import { describe, expect, it } from "vitest";
import type { ContentError } from "@/lib/content/content-error";
import { parseLessonFile } from "@/lib/content/parse-lesson";
import { rubricSchema } from "@/lib/content/schema";
import { RUBRIC_LEVEL_IDS } from "@/lib/content/skills";
import type { Lesson, Source } from "@/lib/content/types";

const FILE = "lessons/test-lesson.yaml";

function source(id: string, body: string): Source {
  return {
    id,
    title: `Title of ${id}`,
    outlet: "The Test Times",
    author: "Ann Author",
    published: "2025-11-24",
    genre: "news-report",
    captureNote: "Written for the tests.",
    body,
    file: `sources/${id}.txt`,
  };
}

const SOURCES = new Map<string, Source>([
  [
    "report",
    source("report", "Rubio said “it’s over.”\n\nThe talks went on, Bloomberg reported.\n\nNobody knows why."),
  ],
  ["other", source("other", "An unrelated article.")],
]);

const VALID = `id: test-lesson
title: Test lesson
summary: A lesson for the tests.
sources:
  - report
estimatedMinutes: 5
questions:
  - id: q-speaker
    kind: speaker
    skill: who-said
    level: apply
    prompt: Who said it?
    options:
      - id: rubio
        text: Rubio
        feedback: Yes.
      - id: trump
        text: Trump
        feedback: No.
        misconception: Confuses the speakers
    answer: [rubio]
    explanation: The line names Rubio.
    evidence:
      - source: report
        quote: Rubio said “it’s over.”
  - id: q-highlight
    kind: highlight
    skill: sourcing
    level: apply
    prompt: Select the credited sentence.
    source: report
    options:
      - id: credited
        text: The talks went on, Bloomberg reported.
        feedback: Credited.
      - id: uncredited
        text: Nobody knows why.
        feedback: Not credited.
    answer: [credited]
    explanation: Look for the attribution.
    evidence:
      - source: report
        quote: Bloomberg reported.
`;

/** An error's message without the path zod puts before it when the path has no line of its own. */
const messageOnly = (e: ContentError) => e.message.replace(/^questions\.\d+\.\w+: /, "");

const WRITTEN = `  - id: q-written
    kind: written
    skill: sourcing
    level: evaluate
    prompt: How does the article know the talks went on?
    modelAnswer: It relays Bloomberg.
    rubric:
      beginning: No source.
      emerging: Names it.
      mastery: Names and weighs it.
    explanation: The sentence credits Bloomberg.
    evidence:
      - source: report
        quote: Bloomberg reported.
`;

/** 1-based line of the nth line containing `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const index = text.split("\n").findIndex((line) => line.includes(needle) && ++seen === nth);
  if (index === -1) throw new Error(`fixture has no line containing ${needle}`);
  return index + 1;
}

/** The fixture with the nth line containing `needle` replaced (or removed, for null). */
function edit(needle: string, replacement: string | null, nth = 1): string {
  const target = lineOf(VALID, needle, nth) - 1;
  return VALID.split("\n")
    .flatMap((line, i) => (i !== target ? [line] : replacement === null ? [] : [replacement]))
    .join("\n");
}

function parseErrors(raw: string): ContentError[] {
  const result = parseLessonFile(FILE, raw, SOURCES);
  if (!Array.isArray(result)) throw new Error("expected the lesson to be rejected");
  return result;
}

describe("parseLessonFile", () => {
  it("accepts the valid fixture and locates every evidence quote and highlight sentence", () => {
    const lesson = parseLessonFile(FILE, VALID, SOURCES) as Lesson;
    expect(Array.isArray(lesson)).toBe(false);
    expect(lesson.questions.map((q) => [q.id, q.position, q.line])).toEqual([
      ["q-speaker", 1, lineOf(VALID, "- id: q-speaker")],
      ["q-highlight", 2, lineOf(VALID, "- id: q-highlight")],
    ]);
    const body = SOURCES.get("report")!.body;
    const [speaker, highlight] = lesson.questions;
    expect(speaker!.evidence.map((e) => body.slice(e.start, e.end))).toEqual(["Rubio said “it’s over.”"]);
    expect(body.slice(highlight!.optionSpans!.uncredited!.start, highlight!.optionSpans!.uncredited!.end)).toBe(
      "Nobody knows why.",
    );
  });

  it("makes every other sentence of a highlight item's article a wrong pick, in article order", () => {
    const lesson = parseLessonFile(FILE, VALID, SOURCES) as Lesson;
    const highlight = lesson.questions.find((q) => q.kind === "highlight")!;
    expect(highlight.options.map((o) => [o.text, Boolean(o.generated)])).toEqual([
      ["Rubio said “it’s over.”", true],
      ["The talks went on, Bloomberg reported.", false],
      ["Nobody knows why.", false],
    ]);
    const generated = highlight.options[0]!;
    const span = highlight.optionSpans![generated.id]!;
    expect(SOURCES.get("report")!.body.slice(span.start, span.end)).toBe(generated.text);
    expect(highlight.answer).toEqual(["credited"]);
  });

  it("gives a question a new version hash when its prompt changes, but not when its feedback does", () => {
    const hashOf = (raw: string) => (parseLessonFile(FILE, raw, SOURCES) as Lesson).questions[0]!.versionHash;
    const original = hashOf(VALID);
    expect(hashOf(edit("prompt: Who said it?", "    prompt: Who said it first?"))).not.toBe(original);
    expect(hashOf(edit("feedback: No.", "        feedback: Not quite."))).toBe(original);
  });

  it("refuses a built-in question that does not name its level, and rejects an unknown level", () => {
    const missing = edit("level: apply", null);
    expect(parseErrors(missing)).toEqual([
      {
        file: FILE,
        line: lineOf(missing, "kind: speaker"),
        message: "a lesson-file question names its level: recall, apply or evaluate",
      },
    ]);
    const unknown = edit("level: apply", "    level: hard");
    expect(parseErrors(unknown)).toEqual([
      { file: FILE, line: lineOf(unknown, "level: hard"), message: expect.stringContaining("recall") },
    ]);
  });

  it("keeps the level a question names, and reads the judgement kinds", () => {
    const raw = edit("kind: speaker", "    kind: evidence-check").replace("level: apply", "level: evaluate");
    const lesson = parseLessonFile(FILE, raw, SOURCES) as Lesson;
    expect(lesson.questions.map((q) => [q.kind, q.level])).toEqual([
      ["evidence-check", "evaluate"],
      ["highlight", "apply"],
    ]);
  });

  it("reads a written question: a model answer and a rubric instead of options and a key", () => {
    const lesson = parseLessonFile(FILE, VALID + WRITTEN, SOURCES) as Lesson;
    expect(Array.isArray(lesson)).toBe(false);
    const written = lesson.questions.at(-1)!;
    expect(written).toMatchObject({ kind: "written", level: "evaluate", options: [], answer: [] });
    expect(written.modelAnswer).toBe("It relays Bloomberg.");
    expect(written.rubric).toEqual({ beginning: "No source.", emerging: "Names it.", mastery: "Names and weighs it." });
  });

  it("asks a rubric for exactly the rubric levels, in their order", () => {
    expect(Object.keys(rubricSchema.shape)).toEqual(RUBRIC_LEVEL_IDS);
  });

  it("holds a written question to its own shape, and keeps it out of demo lessons", () => {
    const noRubric = VALID + WRITTEN.replace(/ {4}rubric:\n(?: {6}.*\n){3}/, "");
    expect(parseErrors(noRubric).map(messageOnly)).toEqual([
      "a written question gives a rubric: beginning, emerging and mastery",
    ]);
    const withKey = VALID + WRITTEN.replace("    modelAnswer:", "    answer: [x]\n    modelAnswer:");
    expect(parseErrors(withKey).map(messageOnly)).toEqual(["a written question has no options or answer"]);
    const demo = (VALID + WRITTEN).replace("estimatedMinutes: 5", "demo: true\nestimatedMinutes: 5");
    expect(parseErrors(demo).map(messageOnly)).toEqual([
      "a demo lesson has no written questions: a guest's answer is not kept",
    ]);
    const modelOnMc = edit("explanation: The line names Rubio.", "    explanation: x\n    modelAnswer: A model.");
    expect(parseErrors(modelOnMc).map(messageOnly)).toEqual([
      "only written questions have a model answer and a rubric",
    ]);
  });

  it("rejects an answer naming a missing option, at the answer's line", () => {
    const raw = edit("answer: [rubio]", "    answer: [vance]");
    // Rubio, no longer the answer, also lacks a misconception: that error is expected too.
    expect(parseErrors(raw)).toContainEqual({
      file: FILE,
      line: lineOf(raw, "answer: [vance]"),
      message: expect.stringContaining('answer names a missing option "vance"'),
    });
  });

  it("rejects a duplicate option id, at the second one", () => {
    const raw = edit("- id: trump", "      - id: rubio");
    expect(parseErrors(raw)).toEqual([
      {
        file: FILE,
        line: lineOf(raw, "- id: rubio", 2),
        message: expect.stringContaining('duplicate option id "rubio"'),
      },
    ]);
  });

  it("rejects a wrong option without a misconception, at that option", () => {
    const raw = edit("misconception: Confuses the speakers", null);
    expect(parseErrors(raw)).toEqual([
      { file: FILE, line: lineOf(raw, "- id: trump"), message: expect.stringContaining("must name the misconception") },
    ]);
  });

  it("rejects evidence that is not verbatim in the source, at the quote", () => {
    // A straight apostrophe where the source has a curly one.
    const raw = edit("quote: Rubio said “it’s over.”", "        quote: Rubio said “it's over.”");
    expect(parseErrors(raw)).toEqual([
      {
        file: FILE,
        line: lineOf(raw, "quote: Rubio said"),
        message: expect.stringMatching(/not an exact substring of the source "report"/),
      },
    ]);
  });

  it("rejects evidence citing a source that is not one of the lesson's, at the citation", () => {
    const raw = edit("- source: report", "      - source: other");
    expect(parseErrors(raw)).toEqual([
      {
        file: FILE,
        line: lineOf(raw, "- source: other"),
        message: expect.stringContaining('cites "other", which is not one of the lesson\'s sources'),
      },
    ]);
  });

  it("rejects a lesson listing an unknown source", () => {
    const raw = edit("  - report", "  - missing-source");
    const errors = parseErrors(raw);
    expect(errors).toContainEqual({
      file: FILE,
      line: lineOf(raw, "- missing-source"),
      message: 'unknown source "missing-source"',
    });
  });

  it("rejects a highlight option whose text is not a sentence of the source, at that text", () => {
    const raw = edit("text: Nobody knows why.", "        text: Nobody knows why, yet.");
    expect(parseErrors(raw)).toEqual([
      {
        file: FILE,
        line: lineOf(raw, "text: Nobody knows why, yet."),
        message: expect.stringMatching(/not an exact substring/),
      },
    ]);
  });

  it("rejects a multiple-choice question with two answers", () => {
    const raw = edit("answer: [rubio]", "    answer: [rubio, trump]");
    expect(parseErrors(raw)).toEqual([
      {
        file: FILE,
        line: lineOf(raw, "answer: [rubio, trump]"),
        message: expect.stringContaining("exactly one answer"),
      },
    ]);
  });

  it("rejects an unknown skill, at the skill", () => {
    const raw = edit("skill: who-said", "    skill: mind-reading");
    expect(parseErrors(raw)).toEqual([
      {
        file: FILE,
        line: lineOf(raw, "skill: mind-reading"),
        message: expect.stringMatching(/^questions\.0\.skill: /),
      },
    ]);
  });

  it("reports YAML syntax errors at their line", () => {
    const raw = edit("explanation: The line names Rubio.", "    explanation: [unclosed");
    const errors = parseErrors(raw);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toMatch(/^YAML: /);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(lineOf(raw, "explanation: [unclosed"));
    expect(errors[0]!.line).toBeLessThanOrEqual(lineOf(raw, "evidence:", 1));
  });
});
