import { describe, expect, it } from "vitest";
import { gradeAnswer, unknownOptions } from "@/lib/grading/grade-answer";

const mc = { kind: "speaker" as const, answer: ["b"], options: [{ id: "a" }, { id: "b" }, { id: "c" }] };
const highlight = {
  kind: "highlight" as const,
  answer: ["s1", "s3", "s4"],
  options: ["s1", "s2", "s3", "s4", "s5"].map((id) => ({ id })),
};

describe("gradeAnswer", () => {
  it("gives multiple choice 1 for the key and 0 otherwise", () => {
    expect(gradeAnswer(mc, ["b"])).toEqual({ score: 1, correct: true });
    expect(gradeAnswer(mc, ["a"])).toEqual({ score: 0, correct: false });
    expect(gradeAnswer(mc, ["a", "b"])).toEqual({ score: 0, correct: false });
  });

  it("gives highlight items (right − wrong) / key size, never below 0, correct only at 1", () => {
    expect(gradeAnswer(highlight, ["s1", "s3", "s4"])).toEqual({ score: 1, correct: true });
    expect(gradeAnswer(highlight, ["s1", "s3"]).score).toBeCloseTo(2 / 3);
    expect(gradeAnswer(highlight, ["s1", "s3"]).correct).toBe(false);
    expect(gradeAnswer(highlight, ["s1", "s2", "s3", "s4"]).score).toBeCloseTo(2 / 3);
    expect(gradeAnswer(highlight, ["s1", "s2"]).score).toBe(0);
    expect(gradeAnswer(highlight, ["s2", "s5"]).score).toBe(0);
    // Selecting everything is not a strategy: 3 right − 2 wrong.
    expect(gradeAnswer(highlight, ["s1", "s2", "s3", "s4", "s5"]).score).toBeCloseTo(1 / 3);
  });

  it("leaves a written answer to its teacher: no score, no verdict; its marks are measured", () => {
    const written = { kind: "written" as const, answer: [], options: [] };
    expect(gradeAnswer(written, [])).toEqual({ score: null, correct: null });
    const evidence = [{ source: "a", start: 10, end: 20 }];
    const marked = gradeAnswer(
      { ...written, mark_evidence: true, evidence },
      [],
      [{ source: "a", start: 10, end: 20 }],
    );
    expect(marked.score).toBeNull();
    expect(marked.marking?.credit).toBe(1);
  });

  it("names choices that are not options", () => {
    expect(unknownOptions(mc, ["a", "zzz"])).toEqual(["zzz"]);
    expect(unknownOptions(mc, ["c"])).toEqual([]);
  });
});

describe("gradeAnswer on a two-tier item", () => {
  const twoTier = {
    kind: "evidence-check" as const,
    answer: ["b"],
    options: [{ id: "a" }, { id: "b" }],
    mark_evidence: true,
    evidence: [{ source: "s", start: 10, end: 30 }],
  };
  const exact = [{ source: "s", start: 10, end: 30 }];

  it("scores the answer and the marks, and counts the answer alone as correct", () => {
    expect(gradeAnswer(twoTier, ["b"], exact)).toMatchObject({ score: 1, correct: true, marking: { credit: 1 } });
    expect(gradeAnswer(twoTier, ["b"], [])).toMatchObject({ score: 0.5, correct: true, marking: { credit: 0 } });
    expect(gradeAnswer(twoTier, ["a"], exact)).toMatchObject({ score: 0.5, correct: false });
  });

  it("ignores marks on a question that does not ask for them", () => {
    expect(gradeAnswer({ ...twoTier, mark_evidence: false }, ["b"], [])).toEqual({ score: 1, correct: true });
  });
});
