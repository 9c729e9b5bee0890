import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readContent } from "@/lib/content/load-content";
import { runScript, type ScriptRun } from "@/tests/support/run-script";

const exportedQuestion = z.object({
  id: z.string().min(1),
  lesson: z.string().min(1),
  kind: z.string().min(1),
  skill: z.string().min(1),
  level: z.enum(["recall", "apply", "evaluate"]),
  prompt: z.string().min(1),
  options: z.array(z.strictObject({ id: z.string().min(1), text: z.string().min(1) })),
  answer: z.array(z.string()),
  evidence: z.array(z.object({ source: z.string().min(1), quote: z.string().min(1) })).min(1),
  modelAnswer: z.string().min(1).optional(),
  rubric: z.strictObject({ beginning: z.string(), emerging: z.string(), mastery: z.string() }).optional(),
});

/** Multiple choice and highlight carry options and a key; a written question a model answer and a rubric instead. */
const exportedBank = z.array(
  exportedQuestion.superRefine((q, ctx) => {
    const written = q.kind === "written";
    const shaped = written
      ? q.options.length === 0 && q.answer.length === 0 && q.modelAnswer && q.rubric
      : q.options.length >= 2 && q.answer.length >= 1 && !q.modelAnswer && !q.rubric;
    if (!shaped) ctx.addIssue({ code: "custom", message: `${q.id} is not shaped as a ${q.kind} question` });
  }),
);

describe("content:export", () => {
  const { sources, lessons } = readContent();
  let run: ScriptRun;
  beforeAll(() => {
    run = runScript("scripts/content-export.ts");
  });

  it("prints the question bank as JSON in the documented shape", () => {
    expect(run.status).toBe(0);
    const bank = exportedBank.parse(JSON.parse(run.stdout));
    expect(bank.map((q) => q.id)).toEqual(lessons.flatMap((l) => l.questions.map((q) => q.id)));
    for (const q of bank) {
      const optionIds = q.options.map((o) => o.id);
      for (const answer of q.answer) expect(optionIds).toContain(answer);
    }
  });

  it("never exports test fixtures, even when the app is told to load them", () => {
    process.env.BYLINE_EXTRA_CONTENT_DIR = "tests/fixtures/canary-content";
    try {
      const withFixtures = runScript("scripts/content-export.ts");
      expect(withFixtures.status).toBe(0);
      expect(withFixtures.stdout).not.toContain("canary");
      expect(withFixtures.stdout).toBe(run.stdout);
    } finally {
      delete process.env.BYLINE_EXTRA_CONTENT_DIR;
    }
  });

  it("exports only evidence found verbatim in its source", () => {
    const bank = exportedBank.parse(JSON.parse(run.stdout));
    const evidence = bank.flatMap((q) => q.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const body = sources.find((s) => s.id === e.source)?.body;
      expect(body, `unknown source ${e.source}`).toBeDefined();
      expect(body).toContain(e.quote);
    }
  });

  it("leaves feedback and misconceptions out of the options", () => {
    expect(run.stdout).not.toMatch(/"feedback"|"misconception"/);
  });
});
