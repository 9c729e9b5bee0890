import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { parseLessonFile } from "@/lib/content/parse-lesson";
import { parseSourceFile } from "@/lib/content/parse-source";
import { analyzeArticle } from "@/lib/analysis/analyze";
import { decodeText, readSource } from "@/lib/import/read-source-file";
import { parseQuestionForm } from "@/lib/teacher-lessons/question-form";

const { sources } = loadContent();
const byId = new Map(sources.map((s) => [s.id, s]));
const returnsErrorsOrValue = (result: unknown) =>
  Array.isArray(result) || (typeof result === "object" && result !== null);

/** Any JSON-like value, to stand in for what a lesson file's YAML may hold. */
const anything = fc.jsonValue({ maxDepth: 4 });

describe("parsers never crash on hostile input", () => {
  it("a lesson file: any text, or any YAML document, gives a lesson or errors with lines", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          anything.map((v) => stringify(v)),
        ),
        (raw) => {
          const result = parseLessonFile("fuzz.yaml", raw, byId);
          expect(returnsErrorsOrValue(result)).toBe(true);
          if (Array.isArray(result)) for (const e of result) expect(e.line).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a lesson whose questions are mangled field by field", () => {
    const question = fc.record({
      id: fc.oneof(fc.string(), fc.constantFrom("q-1", "Q 1", "")),
      kind: fc.oneof(fc.string(), fc.constantFrom("speaker", "highlight", "timeline")),
      skill: fc.oneof(fc.string(), fc.constant("who-said")),
      prompt: fc.oneof(fc.string(), anything),
      options: fc.array(fc.record({ id: fc.string(), text: fc.string(), feedback: fc.string() }), { maxLength: 14 }),
      answer: fc.array(fc.string(), { maxLength: 3 }),
      explanation: fc.string(),
      evidence: fc.array(fc.record({ source: fc.constantFrom(...byId.keys(), "nope"), quote: fc.string() }), {
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(fc.array(question, { maxLength: 4 }), (questions) => {
        const raw = stringify({
          id: "fuzz",
          title: "F",
          summary: "S",
          sources: [...byId.keys()],
          estimatedMinutes: 5,
          questions,
        });
        expect(returnsErrorsOrValue(parseLessonFile("fuzz.yaml", raw, byId))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("a source file: any text gives a source or errors", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), fc.string({ maxLength: 200 }), (front, body) => {
        expect(returnsErrorsOrValue(parseSourceFile("fuzz.txt", "fuzz", `---\n${front}\n---\n${body}`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("an import: any bytes are refused with a message or read as text", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("text", "markdown", "html") as fc.Arbitrary<"text" | "markdown" | "html">,
        (bytes, kind) => {
          const decoded = decodeText(bytes, "the file");
          if (!decoded.ok) {
            expect(decoded.error).toMatch(/\S/);
            return;
          }
          const read = readSource(decoded.text, kind);
          expect(read.ok ? typeof read.article.body : read.error).toEqual(expect.any(String));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the analysis: any text gives spans inside the text", () => {
    fc.assert(
      fc.property(
        fc.string({
          maxLength: 500,
          unit: fc.constantFrom(..."abc XYZ.,\"“”‘’'\n:—-!?said told Rubio He She".split("")),
        }),
        (raw) => {
          const analysis = analyzeArticle(raw);
          for (const q of analysis.quotes) expect(raw.slice(q.start, q.end)).toBe(q.text);
          for (const s of analysis.sentences) expect(s.end).toBeLessThanOrEqual(raw.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the review form: any fields give a question or field errors", () => {
    const fields = fc.dictionary(
      fc.constantFrom(
        "kind",
        "skill",
        "prompt",
        "explanation",
        "evidence",
        "correct",
        "source",
        "option-0-text",
        "option-1-text",
        "option-1-misconception",
        "option-0-id",
      ),
      fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
    );
    fc.assert(
      fc.property(fields, (form) => {
        const result = parseQuestionForm(form, { id: "q", sources: [{ id: "s", body: sources[0]!.body }] });
        expect(result.ok ? typeof result.question : Object.keys(result.errors).length).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});
