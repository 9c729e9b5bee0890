import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

// Sentences written for this test: where reported content ends.
const reported = (sentence: string) =>
  analyzeArticle(sentence)
    .quotes.filter((q) => q.kind === "indirect")
    .map((q) => sentence.slice(q.start, q.end));

describe("reported content runs on", () => {
  it("through a list that belongs to it (', including …')", () => {
    expect(
      reported(
        "Mayor Ann Baker said the council would repair every bridge in the town, including the old one on Mill Street.",
      ),
    ).toEqual(["the council would repair every bridge in the town, including the old one on Mill Street"]);
  });

  it("through a dash that adds to what was said", () => {
    expect(
      reported(
        "Councillor Tom Reyes said the repairs would fix the problems families face every day — the potholes, the flooding and the broken lights.",
      ),
    ).toEqual([
      "the repairs would fix the problems families face every day — the potholes, the flooding and the broken lights",
    ]);
  });

  it("through ', but' when the clause has no subject of its own", () => {
    expect(reported("Lena Vos said she had met the engineers twice, but had not seen their report.")).toEqual([
      "she had met the engineers twice, but had not seen their report",
    ]);
  });

  it("and stops where the writer's own clause begins", () => {
    expect(
      reported("Lena Vos said she had met the engineers twice, but the council has not published their report."),
    ).toEqual(["she had met the engineers twice"]);
  });
});
