import { describe, expect, it } from "vitest";
import { classSkillMastery, studentSkillRows } from "@/lib/reports/class-mastery";
import { durationText, percentText } from "@/lib/reports/format";
import { itemFlags, tooFewAnswers } from "@/lib/reports/item-flags";
import { scoreBands } from "@/lib/reports/score-bands";
import { studentScoreCells, workStatus } from "@/lib/reports/score-export";

describe("score bands", () => {
  it("puts each score in its band of 20 points, a perfect score at the top", () => {
    expect(scoreBands([0, 0.19, 0.2, 0.5, 0.79999, 0.8, 1]).map((b) => b.students)).toEqual([2, 1, 1, 1, 2]);
    expect(scoreBands([0.6]).map((b) => b.students)).toEqual([0, 0, 0, 1, 0]);
  });
});

describe("item flags", () => {
  const options = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it("flags negative discrimination and a distractor chosen more than the key", () => {
    expect(itemFlags({ answered: 7, answer: ["a"], options, picks: { a: 5, b: 2 }, discrimination: 0.4 })).toEqual([]);
    expect(itemFlags({ answered: 5, answer: ["a"], options, picks: { a: 2, b: 3 }, discrimination: -0.1 })).toEqual([
      "negative-discrimination",
      "distractor-beats-key",
    ]);
    expect(itemFlags({ answered: 0, answer: ["a"], options, picks: {}, discrimination: null })).toEqual([]);
  });
  it("compares a highlight item's distractors with its least-chosen right sentence", () => {
    expect(
      itemFlags({ answered: 8, answer: ["a", "b"], options, picks: { a: 6, b: 2, c: 3 }, discrimination: 0.3 }),
    ).toEqual(["distractor-beats-key"]);
  });
  it("flags nothing with too few answers to rely on, however the few answers fell", () => {
    const few = { answered: 4, answer: ["a"], options, picks: { a: 1, b: 3 }, discrimination: -0.5 };
    expect(tooFewAnswers(few.answered)).toBe(true);
    expect(itemFlags(few)).toEqual([]);
    // One more answer of the same shape is enough to rely on, and the same item is flagged.
    expect(tooFewAnswers(5)).toBe(false);
    expect(itemFlags({ ...few, answered: 5, picks: { a: 1, b: 4 } })).toEqual([
      "negative-discrimination",
      "distractor-beats-key",
    ]);
    expect(tooFewAnswers(0)).toBe(false);
  });
});

describe("class mastery per skill", () => {
  it("averages only students with enough answers to tell", () => {
    const rows = studentSkillRows(
      [
        { id: "s1", name: "A" },
        { id: "s2", name: "B" },
        { id: "s3", name: "C" },
      ],
      [
        { studentId: "s1", skill: "who-said", answers: 4, mastery: 1 },
        { studentId: "s2", skill: "who-said", answers: 3, mastery: 0.5 },
        { studentId: "s3", skill: "who-said", answers: 2, mastery: 0 },
      ],
    );
    expect(rows[0]!.skills.find((s) => s.skill === "who-said")).toMatchObject({ level: "developing", mastery: 1 });
    const whoSaid = classSkillMastery(rows).find((s) => s.skill === "who-said")!;
    expect(whoSaid).toMatchObject({ mastery: 0.75, students: 2 });
    expect(classSkillMastery(rows).find((s) => s.skill === "timeline")).toMatchObject({ mastery: null, students: 0 });
  });
});

describe("score export cells", () => {
  it("writes score and status per assignment and the average of done work", () => {
    const row = {
      student: "Ann",
      login: "ann",
      work: {
        a1: { best: 0.8, late: false, started: true, assigned: true },
        a2: { best: 0.45, late: true, started: true, assigned: true },
        a3: { best: null, late: false, started: true, assigned: true },
        a4: { best: null, late: false, started: false, assigned: false },
      },
    };
    const columns = [{ id: "a1" }, { id: "a2" }, { id: "a3" }, { id: "a4" }];
    expect(studentScoreCells(row, columns)).toEqual([
      "Ann",
      "ann",
      80,
      "done",
      45,
      "done late",
      null,
      "in progress",
      null,
      "not assigned",
      62.5,
    ]);
    expect(workStatus(undefined)).toBe("not assigned");
  });

  it("names written answers awaiting review beside the status, and calls a finished lesson with nothing scored yet done", () => {
    const base = { late: false, started: true, assigned: true };
    expect(workStatus({ ...base, best: 0.5, finished: true, awaiting: 2 })).toBe("done, 2 awaiting review");
    expect(workStatus({ ...base, best: null, finished: true, awaiting: 1 })).toBe("done, 1 awaiting review");
    expect(workStatus({ ...base, best: null, finished: false, awaiting: 0 })).toBe("in progress");
  });
});

describe("formatting", () => {
  it("writes percentages and durations in words a teacher reads", () => {
    expect(percentText(0.666)).toBe("67%");
    expect(percentText(null)).toBe("—");
    expect(durationText(245_000)).toBe("4 min 05 s");
    expect(durationText(9_400)).toBe("9 s");
  });
});
