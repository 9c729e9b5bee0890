import { describe, expect, it } from "vitest";
import { markCredit, mergeSpans, twoTierScore } from "@/lib/grading/mark-credit";

const key = [{ source: "a", start: 100, end: 200 }];
const at = (start: number, end: number, source = "a") => ({ source, start, end });

describe("markCredit", () => {
  it("gives full credit for the evidence marked exactly, and for it with a little around it", () => {
    expect(markCredit(key, [at(100, 200)]).credit).toBe(1);
    expect(markCredit(key, [at(90, 210)]).credit).toBe(1);
  });

  it("gives partial credit for part of the evidence", () => {
    const half = markCredit(key, [at(100, 150)]);
    expect(half.recall).toBe(0.5);
    expect(half.precision).toBe(1);
    expect(half.credit).toBe(0.83);
  });

  it("gives nothing for marks outside the evidence, in another article, or no marks", () => {
    expect(markCredit(key, [at(300, 400)]).credit).toBe(0);
    expect(markCredit(key, [at(100, 200, "b")]).credit).toBe(0);
    expect(markCredit(key, []).credit).toBe(0);
  });

  it("earns next to nothing for marking the whole article", () => {
    expect(markCredit(key, [at(0, 5000)]).credit).toBeLessThan(0.1);
  });

  it("counts a passage marked twice once", () => {
    expect(markCredit(key, [at(100, 150), at(100, 150), at(120, 150)]).credit).toBe(0.83);
    expect(mergeSpans([at(5, 10), at(0, 6), at(20, 30), at(10, 12)])).toEqual([at(0, 12), at(20, 30)]);
  });

  it("lets the rest of the evidence's own sentence be marked for free, and nothing beyond it", () => {
    // The evidence is a clause (100..200) of a sentence that runs 0..300.
    const clause = [{ ...key[0]!, around: { start: 0, end: 300 } }];
    expect(markCredit(key, [at(0, 300)]).credit).toBeLessThan(1);
    expect(markCredit(clause, [at(0, 300)]).credit).toBe(1);
    expect(markCredit(clause, [at(100, 200)]).credit).toBe(1);
    expect(markCredit(clause, [at(0, 150)]).credit).toBe(0.83);
    // The next sentence too: its words count against the marks as before.
    expect(markCredit(clause, [at(0, 500)]).credit).toBeLessThan(1);
    expect(markCredit(clause, [at(0, 100)]).credit).toBe(0);
  });

  it("scores evidence spread over two articles against both", () => {
    const two = [at(0, 50), at(0, 50, "b")];
    expect(markCredit(two, [at(0, 50)]).recall).toBe(0.5);
    expect(markCredit(two, [at(0, 50), at(0, 50, "b")]).credit).toBe(1);
  });
});

describe("twoTierScore", () => {
  it("gives half for the answer and half for the marks", () => {
    expect(twoTierScore(true, 1)).toBe(1);
    expect(twoTierScore(true, 0)).toBe(0.5);
    expect(twoTierScore(false, 1)).toBe(0.5);
    expect(twoTierScore(false, 0)).toBe(0);
  });
});
