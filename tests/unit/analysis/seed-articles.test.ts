import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze";

const read = (name: string) => readFileSync(`tests/fixtures/captures/${name}`, "utf8");
const kyiv = read("kyiv-independent-2025-11-24-secretive-negotiations.txt");
const kaizen = read("kaizen-2025-11-24-backroom-peace-plan.txt");
const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

const directQuotes = (raw: string, published: string) =>
  analyzeArticle(raw, { published: on(published) })
    .quotes.filter((q) => q.kind !== "indirect")
    .map((q) => [q.text.slice(0, 40), q.speaker, q.kind]);

describe("the Kyiv Independent report", () => {
  const analysis = analyzeArticle(kyiv, { published: on("2025-11-23") });

  it("finds every direct quote with its speaker, at offsets into the raw text", () => {
    expect(directQuotes(kyiv, "2025-11-23")).toEqual([
      ["It didn't feel like we were going to get", "Donald Trump", "direct"],
      ["The peace proposal was authored by the U", "Marco Rubio", "direct"],
      ["workable solution", "Volodymyr Zelensky", "direct"],
    ]);
    for (const q of analysis.quotes) expect(kyiv.slice(q.start, q.end)).toBe(q.text);
    expect(analysis.quotes.find((q) => q.speaker === "Volodymyr Zelensky" && q.kind === "direct")?.cue).toBe(
      "said in a Telegram post",
    );
  });

  it("finds the reported speech, with who said it", () => {
    const indirect = analysis.quotes
      .filter((q) => q.kind === "indirect")
      .map((q) => [q.speaker, q.cue, q.text.slice(0, 30)]);
    expect(indirect).toContainEqual(["Marco Rubio", "told senators", "the 28-point peace plan drawn "]);
    expect(indirect).toContainEqual(["Donald Trump", "told reporters", "the peace plan is not Washingt"]);
    expect(indirect).toContainEqual([
      "Dan Driscoll",
      "told Ukrainian and European officials",
      "Kyiv is in a bad position, mus",
    ]);
  });

  it("finds the Bloomberg attributions and the chain through Senator Mike Rounds", () => {
    const found = analysis.attributions.map((a) => ({
      phrase: kyiv.slice(a.start, a.end),
      source: a.source,
      via: a.via,
    }));
    expect(found.filter((a) => a.source === "Bloomberg").map((a) => a.phrase)).toEqual([
      "Bloomberg reports",
      "Bloomberg reported",
      "Bloomberg reported",
      "According to Bloomberg",
    ]);
    expect(found).toContainEqual({ phrase: "Bloomberg reported", source: "Dan Driscoll", via: "Bloomberg" });
    expect(found).toContainEqual({
      phrase: "according to Republican Senator Mike Rounds",
      source: "Marco Rubio",
      via: "Mike Rounds",
    });
  });

  it("resolves dates against the publication date", () => {
    const dates = Object.fromEntries(analysis.dates.map((d) => [d.text, d.resolved]));
    expect(dates).toMatchObject({
      "Nov. 23": "2025-11-23",
      "Nov. 27": "2025-11-27",
      "Aug. 15": "2025-08-15",
      October: "2025-10",
      "April 25, 2025": "2025-04-25",
    });
  });
});

describe("the Kaizen opinion piece", () => {
  const analysis = analyzeArticle(kaizen, { published: on("2025-11-24") });

  it("finds quotes, the transcript line and the echoed words, with their speakers", () => {
    const quotes = directQuotes(kaizen, "2025-11-24");
    expect(quotes).toEqual([
      ["28-point plan of the United States – wit", "Karoline Leavitt", "direct"],
      ["An expected improvement of the situation", null, "direct"],
      ["Yesterday, Rubio and Witkoff were in Gen", "Karoline Leavitt", "direct"],
      ["What do you think of Putin?", "Tucker Carlson", "direct"],
      ["I liked him. I thought he was open with ", "Steven Witkoff", "direct"],
      ["The controversial peace plan", null, "scare"],
      ["only a few remaining points of dispute.", "Karoline Leavitt", "direct"],
      ["zero gratitude.", null, "direct"],
      ["peacetime president", "Karoline Leavitt", "direct"],
      ["cannot deliver weapons forever.", "Karoline Leavitt", "direct"],
      ["open", "Steven Witkoff", "direct"],
      ["not a bad person", "Steven Witkoff", "direct"],
    ]);
    // The transcript line spans the statement, without the label or the date after it.
    const line = analysis.quotes.find((q) => q.text.startsWith("Yesterday, Rubio"))!;
    expect(line.text.endsWith("continue to negotiate.")).toBe(true);
  });

  it("flags the writer's opinion, leaving the quoted words out", () => {
    const signals = (start: string) => {
      const index = analysis.sentences.findIndex((s) => kaizen.slice(s.start, s.end).startsWith(start));
      return analysis.opinion.find((o) => o.sentence === index)?.signals ?? [];
    };
    expect(signals("It is now definitive")).toContain("certainty: it is now definitive");
    expect(signals("All this confirms the research we began")).toContainEqual(
      expect.stringMatching(/^first person: .*we/),
    );
    expect(signals("The administration allowed a real estate developer")).toContain("repetition: without");
    expect(analysis.opinion.length).toBeGreaterThan(3 * analyzeArticle(kyiv).opinion.length);
  });

  it("reads relative dates from the publication date", () => {
    const dates = Object.fromEntries(analysis.dates.map((d) => [d.text, d.resolved]));
    // "this weekend" is two days, never keyed as one (see "Dates" in docs/analysis.md).
    expect(dates).toMatchObject({
      Yesterday: "2025-11-23",
      "October 16": "2025-10-16",
      March: "2025-03",
      "this weekend": null,
    });
  });
});
