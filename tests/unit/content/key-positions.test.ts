import { describe, expect, it } from "vitest";
import { keyPositionWarning } from "@/lib/content/key-positions";
import type { Lesson, Question } from "@/lib/content/types";
import type { QuestionKind } from "@/lib/content/skills";

/** A single-answer question of four options with the key at `at` (from 0). */
function question(n: number, at: number, extra: { kind?: QuestionKind; pinned?: "all" | "none" } = {}): Question {
  const ids = ["a", "b", "c", "d"];
  return {
    id: `q${n}`,
    lessonId: "x",
    position: n,
    line: n * 10,
    kind: extra.kind ?? "speaker",
    skill: "who-said",
    level: "apply",
    markEvidence: false,
    modelAnswer: null,
    rubric: null,
    prompt: `Question ${n}?`,
    options: ids.map((id) => ({
      id,
      text: `Option ${id}`,
      feedback: "Feedback.",
      ...(extra.pinned === "all" ? { pinned: true } : {}),
    })),
    answer: extra.kind === "highlight" ? [ids[at]!, ids[(at + 1) % 4]!] : [ids[at]!],
    explanation: "Because.",
    evidence: [{ source: "s", quote: "q", start: 0, end: 1 }],
    versionHash: `h${n}`,
  };
}

/** A lesson whose questions have their keys at these indexes. */
const lesson = (keys: number[], more: Question[] = []): Lesson => ({
  id: "x",
  title: "X",
  summary: "X",
  sources: ["s"],
  demo: false,
  estimatedMinutes: 5,
  questions: [...keys.map((at, i) => question(i + 1, at)), ...more],
  file: "lessons/x.yaml",
});

describe("keyPositionWarning", () => {
  it("warns when more than half the keys sit at one index: 5 of 8", () => {
    expect(keyPositionWarning(lesson([0, 0, 0, 0, 0, 1, 2, 3]))).toEqual({
      lessonId: "x",
      file: "lessons/x.yaml",
      index: 0,
      count: 5,
      total: 8,
      message:
        'lesson "x": 5 of 8 keys are option 1 in the file; students see options shuffled, but authors and teachers\' previews read the file order',
    });
  });

  it("names the index the keys lean on, counting from 1 in the message", () => {
    const w = keyPositionWarning(lesson([2, 2, 2, 2, 2, 2, 2, 2, 2]));
    expect(w).toMatchObject({ index: 2, count: 9, total: 9 });
    expect(w!.message).toMatch(/^lesson "x": 9 of 9 keys are option 3 in the file; /);
  });

  it("is silent at exactly half: 4 of 8", () => {
    expect(keyPositionWarning(lesson([0, 0, 0, 0, 1, 2, 3, 1]))).toBeNull();
  });

  it("is silent when the keys are spread", () => {
    expect(keyPositionWarning(lesson([0, 1, 2, 3, 0, 1, 2, 3]))).toBeNull();
  });

  it("is silent under 4 questions, and speaks at 4", () => {
    expect(keyPositionWarning(lesson([0, 0, 0]))).toBeNull();
    expect(keyPositionWarning(lesson([]))).toBeNull();
    expect(keyPositionWarning(lesson([0, 0, 0, 1]))).toMatchObject({ count: 3, total: 4 });
  });

  it("ignores highlight questions", () => {
    const highlights = [1, 2, 3, 4, 5].map((n) => question(10 + n, 0, { kind: "highlight" }));
    expect(keyPositionWarning(lesson([0, 0, 0], highlights))).toBeNull();
    expect(keyPositionWarning(lesson([0, 1, 2, 3], highlights))).toBeNull();
  });

  it("ignores questions whose options are all pinned (authored order), but counts those with some pinned", () => {
    const authored = [1, 2, 3, 4, 5].map((n) => question(10 + n, 0, { pinned: "all" }));
    expect(keyPositionWarning(lesson([0, 0, 0], authored))).toBeNull();
    expect(keyPositionWarning(lesson([0, 1, 2, 3], authored))).toBeNull();
    const partly = question(20, 0);
    partly.options[3] = { ...partly.options[3]!, pinned: true };
    expect(keyPositionWarning(lesson([0, 0, 1], [partly]))).toMatchObject({ count: 3, total: 4 });
  });
});
