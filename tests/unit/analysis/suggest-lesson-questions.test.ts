import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { idPrefixes, keepValid } from "@/lib/analysis/suggest-drafts";
import { suggestLessonQuestions, type SuggestSource } from "@/lib/analysis/suggest-questions";
import { locateQuote } from "@/lib/content/locate-quote";
import { parseSourceFile } from "@/lib/content/parse-source";
import { lessonSchema, questionSchema, type QuestionInput } from "@/lib/content/schema";

function seed(id: string): SuggestSource {
  const parsed = parseSourceFile(`sources/${id}.txt`, id, readFileSync(`content/sources/${id}.txt`, "utf8"));
  if (Array.isArray(parsed)) throw new Error(parsed.map((e) => e.message).join("; "));
  return { id, outlet: parsed.outlet, genre: parsed.genre, body: parsed.body, published: parsed.published };
}

const kyiv = seed("kyiv-independent-2025-11-24-secretive-negotiations");
const kaizen = seed("kaizen-2025-11-24-backroom-peace-plan");
const bodyOf = (id: string) => [kyiv, kaizen].find((s) => s.id === id)!.body;
const optionText = (q: QuestionInput, id: string) => q.options.find((o) => o.id === id)!.text;
const answerTexts = (q: QuestionInput) => q.answer.map((id) => optionText(q, id));
const wrongTexts = (q: QuestionInput) => q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.text);

describe("lesson suggestions on the two seed articles", () => {
  const all = suggestLessonQuestions([kyiv, kaizen], 100);
  const byDefault = suggestLessonQuestions([kyiv, kaizen]);
  const ofKind = (kind: QuestionInput["kind"]) => all.filter((q) => q.kind === kind);
  const byId = (id: string) => all.find((q) => q.id === id)!;

  it("load as one lesson: every draft passes the schema, with ids unique across the lesson", () => {
    for (const drafts of [all, byDefault]) {
      for (const q of drafts) expect(questionSchema.safeParse(q).error).toBeUndefined();
      expect(new Set(drafts.map((q) => q.id)).size).toBe(drafts.length);
      const lesson = {
        id: "draft",
        title: "Draft",
        summary: "Draft",
        sources: [kyiv.id, kaizen.id],
        estimatedMinutes: 15,
        questions: drafts,
      };
      expect(lessonSchema.safeParse(lesson).success).toBe(true);
    }
    expect(byDefault).toHaveLength(20);
  });

  it("cite every evidence quote and highlight option verbatim, found once (or by occurrence) in its source", () => {
    for (const q of all) {
      for (const e of q.evidence)
        expect(typeof locateQuote(bodyOf(e.source), e.quote, e.occurrence), `${q.id}: ${e.quote}`).not.toBe("string");
      if (q.kind !== "highlight") continue;
      for (const o of q.options)
        expect(typeof locateQuote(bodyOf(q.source!), o.text), `${q.id}: ${o.text}`).not.toBe("string");
    }
  });

  it("include outlet attribution, compare coverage and highlight items, also within the default limit", () => {
    for (const kind of ["outlet-attribution", "compare-coverage", "highlight"] as const) {
      expect(byDefault.filter((q) => q.kind === kind).length, kind).toBeGreaterThan(0);
    }
    expect(new Set(ofKind("highlight").map((q) => q.source))).toEqual(new Set([kyiv.id, kaizen.id]));
  });

  it("key each outlet attribution to the outlet whose article holds the sentence, and to no other", () => {
    expect(ofKind("outlet-attribution").length).toBeGreaterThanOrEqual(2);
    for (const q of ofKind("outlet-attribution")) {
      const [holder] = q.evidence.map((e) => [kyiv, kaizen].find((s) => s.id === e.source)!);
      const other = holder === kyiv ? kaizen : kyiv;
      expect(answerTexts(q)).toEqual([holder!.outlet]);
      expect(other.body).not.toContain(q.evidence[0]!.quote);
      // The outlets come in an order drawn from the question; "Both" and "Neither" stay last, pinned.
      expect(
        q.options
          .slice(0, 2)
          .map((o) => o.text)
          .sort(),
      ).toEqual([kaizen.outlet, kyiv.outlet]);
      expect(q.options.slice(2).map((o) => [o.text, o.pinned])).toEqual([
        ["Both", true],
        ["Neither", true],
      ]);
      expect(q.options.slice(0, 2).some((o) => o.pinned)).toBe(false);
    }
    const thanksgiving = ofKind("outlet-attribution").find((q) => q.prompt.includes("Thanksgiving"))!;
    expect(answerTexts(thanksgiving)).toEqual(["The Kyiv Independent"]);
    const carlson = ofKind("outlet-attribution").find((q) => q.prompt.includes("Tucker Carlson"))!;
    expect(answerTexts(carlson)).toEqual(["Kaizen"]);
  });

  it("compare the coverage by what each text says: genre, sources relayed, and who is quoted", () => {
    expect(answerTexts(byId("cmp-genre-contrast"))).toEqual([
      "The Kyiv Independent credits its claims to sources; Kaizen argues for its own conclusions",
    ]);
    const relay = byId("cmp-relay-bloomberg");
    expect(answerTexts(relay)[0]).toMatch(/^The Kyiv Independent relays Bloomberg's reporting; Kaizen/);
    expect(kyiv.body).toContain("Bloomberg reported");
    expect(kaizen.body).not.toContain("Bloomberg");
    expect(answerTexts(byId("cmp-quotes-karoline-leavitt"))).toEqual(["Only Kaizen"]);
    expect(kyiv.body).not.toContain("Leavitt");
    // Kaizen quotes words of "a president" without naming him, so whether it quotes Trump is not asked.
    expect(all.some((q) => q.id === "cmp-quotes-donald-trump")).toBe(false);
  });

  it("make highlight items of 4 to 8 sentences whose keys are right by the text", () => {
    for (const q of ofKind("highlight")) {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(q.options.length).toBeLessThanOrEqual(8);
      expect(q.answer.length).toBeGreaterThan(0);
      expect(q.answer.length).toBeLessThan(q.options.length);
      expect(q.evidence.map((e) => e.quote)).toEqual(answerTexts(q));
    }
    const bloomberg = byId("kyiv-hl-credits-bloomberg");
    for (const text of answerTexts(bloomberg)) expect(text).toContain("Bloomberg");
    for (const text of wrongTexts(bloomberg)) expect(text).not.toContain("Bloomberg");
    const trump = byId("kyiv-hl-quotes-donald-trump");
    expect(answerTexts(trump)).toEqual([expect.stringMatching(/^"It didn't feel like .*" Trump said in October\.$/)]);
    expect(wrongTexts(trump)).toContain(
      "Trump, on Nov. 22, told reporters that the peace plan is not Washington's final proposal amid widespread concern.",
    );
    const opinion = byId("kaizen-hl-opinion");
    expect(answerTexts(opinion)).toContain("A moment that tears down the facade.");
    const transcript = kaizen.body.slice(
      kaizen.body.indexOf("Leavitt: Yesterday"),
      kaizen.body.indexOf("(November 24, 2025)"),
    );
    for (const text of wrongTexts(opinion)) expect(transcript).toContain(text);
    expect(all.some((q) => q.id === "kyiv-hl-opinion")).toBe(false);
  });
});

describe("lesson suggestions on one source", () => {
  const drafts = suggestLessonQuestions([kyiv]);

  it("add highlight items to the source's own questions, with nothing across sources and ids unprefixed", () => {
    expect(drafts.some((q) => q.kind === "highlight" && q.source === kyiv.id)).toBe(true);
    expect(drafts.some((q) => q.kind === "outlet-attribution" || q.kind === "compare-coverage")).toBe(false);
    expect(drafts.some((q) => q.id.startsWith("kyiv-"))).toBe(false);
    for (const q of drafts) expect(questionSchema.safeParse(q).success).toBe(true);
  });
});

describe("lesson suggestions on two copies of one text", () => {
  const copy = { ...kyiv, id: "kyiv-copy", outlet: "Copy Desk" };
  const drafts = suggestLessonQuestions([kyiv, copy], 100);

  it("keep the ids of the two sources apart", () => {
    expect(new Set(drafts.map((q) => q.id)).size).toBe(drafts.length);
    expect(drafts.some((q) => q.id.startsWith("kyiv-copy-"))).toBe(true);
    expect(drafts.some((q) => q.id.startsWith("kyiv-independent-"))).toBe(true);
  });

  it("never ask which outlet alone says what both say", () => {
    expect(drafts.filter((q) => q.kind === "outlet-attribution")).toEqual([]);
  });
});

describe("draft helpers", () => {
  it("give each source the shortest id prefix no other source shares", () => {
    expect(idPrefixes([kyiv.id, kaizen.id])).toEqual(["kyiv", "kaizen"]);
    expect(idPrefixes(["kyiv-post-a", "kyiv-independent-b"])).toEqual(["kyiv-post", "kyiv-independent"]);
  });

  it("drop a draft whose evidence is not verbatim in its source", () => {
    const [draft] = suggestLessonQuestions([kyiv], 1);
    const bodies = new Map([[kyiv.id, kyiv.body]]);
    expect(keepValid([draft!], bodies)).toHaveLength(1);
    const reworded = { ...draft!, evidence: [{ source: kyiv.id, quote: `${draft!.evidence[0]!.quote} (sic)` }] };
    expect(keepValid([reworded], bodies)).toEqual([]);
  });
});
