import { describe, expect, it } from "vitest";
import { parseLessonFile } from "@/lib/content/parse-lesson";
import { optionTextKey, questionSchema, type QuestionInput } from "@/lib/content/schema";
import type { Source } from "@/lib/content/types";

function question(texts: string[]): QuestionInput {
  return {
    id: "q-when",
    kind: "timeline",
    skill: "timeline",
    prompt: "When did Bloomberg report it?",
    options: texts.map((text, i) => ({
      id: `o${i + 1}`,
      text,
      feedback: i === 0 ? "Right." : "No.",
      ...(i === 0 ? {} : { misconception: "Mixes up two dates" }),
    })),
    answer: ["o1"],
    explanation: "The sentence gives the date.",
    evidence: [{ source: "report", quote: "Bloomberg reported on Nov. 23." }],
  };
}

const issues = (q: QuestionInput) =>
  questionSchema.safeParse(q).error?.issues.map((i) => ({ path: i.path, message: i.message })) ?? [];

describe("options that say the same thing", () => {
  it("are rejected when they differ only in case, spacing or a trailing full stop, at the second one", () => {
    expect(issues(question(["Nov. 23", "nov. 23 "]))).toEqual([
      {
        path: ["options", 1, "text"],
        message: "options 1 and 2 say the same thing; every option must be a different answer",
      },
    ]);
  });

  it("are rejected at each later copy, naming the first", () => {
    expect(issues(question(["Nov. 22", "Nov. 23", "NOV. 23.", "Nov.\u00a023"])).map((i) => i.message)).toEqual([
      "options 2 and 3 say the same thing; every option must be a different answer",
      "options 2 and 4 say the same thing; every option must be a different answer",
    ]);
  });

  it("are rejected when they differ only in straight or curly quotation marks", () => {
    expect(issues(question(["It\u2019s over", "\u201cIt's over\u201d"]))).toHaveLength(1);
  });

  it("pass when the texts are different answers", () => {
    expect(issues(question(["Nov. 23", "Nov. 22", "Nov. 24", "Nov. 2"]))).toEqual([]);
    expect(issues(question(["Nov. 23", "Nov. 23, 2024"]))).toEqual([]);
  });
});

describe("a lesson file with two options that say the same thing", () => {
  const source: Source = {
    id: "report",
    title: "A report",
    outlet: "The Test Times",
    author: "Ann Author",
    published: "2025-11-24",
    genre: "news-report",
    captureNote: "Written for the tests.",
    body: "The talks went on, Bloomberg reported on Nov. 23.",
    file: "sources/report.txt",
  };
  const raw = (second: string) => `id: test-lesson
title: Test lesson
summary: A lesson for the tests.
sources: [report]
estimatedMinutes: 5
questions:
  - id: q-when
    kind: timeline
    skill: timeline
    level: apply
    prompt: When did Bloomberg report it?
    options:
      - id: nov-23
        text: Nov. 23
        feedback: Right.
      - id: nov-23-again
        text: "${second}"
        feedback: No.
        misconception: Mixes up two dates
    answer: [nov-23]
    explanation: The sentence gives the date.
    evidence:
      - source: report
        quote: Bloomberg reported on Nov. 23.
`;

  it("fails content loading at the second option's text line", () => {
    const file = raw("nov. 23 ");
    expect(parseLessonFile("lessons/test-lesson.yaml", file, new Map([["report", source]]))).toEqual([
      {
        file: "lessons/test-lesson.yaml",
        line: file.split("\n").findIndex((l) => l.includes('text: "nov. 23 "')) + 1,
        message: expect.stringContaining("options 1 and 2 say the same thing"),
      },
    ]);
  });

  it("loads when the second option is a different date", () => {
    expect(
      Array.isArray(parseLessonFile("lessons/test-lesson.yaml", raw("Nov. 22"), new Map([["report", source]]))),
    ).toBe(false);
  });
});

describe("optionTextKey", () => {
  it("folds case, spacing, quotation marks and trailing punctuation, and nothing else", () => {
    expect(optionTextKey("  Nov.  23 ")).toBe("nov. 23");
    expect(optionTextKey("nov. 23.")).toBe("nov. 23");
    expect(optionTextKey("\u201cBoth\u201d")).toBe("both");
    expect(optionTextKey("Nov. 23")).not.toBe(optionTextKey("Nov. 28"));
    expect(optionTextKey("Only Kaizen")).not.toBe(optionTextKey("Only the Kyiv Independent"));
  });
});
