import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { runScript, type ScriptRun } from "@/tests/support/run-script";

const FILE = "tests/fixtures/suggestions/capitol-brief.txt";
const ARGS = [
  FILE,
  "--date",
  "2026-11-13",
  "--outlet",
  "Capitol Brief",
  "--author",
  "Priya Nandakumar",
  "--genre",
  "news",
];

/** The content:export shape (docs/product.md), with the suggester's fields after it. */
const suggested = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  lesson: z.literal("capitol-brief"),
  kind: z.string().min(1),
  skill: z.string().min(1),
  level: z.enum(["recall", "apply", "evaluate"]),
  prompt: z.string().min(1),
  options: z.array(z.strictObject({ id: z.string().min(1), text: z.string().min(1) })).min(2),
  answer: z.array(z.string()).min(1),
  evidence: z
    .array(
      z.strictObject({
        source: z.literal("capitol-brief"),
        quote: z.string().min(1),
        start: z.number().int(),
        end: z.number().int(),
      }),
    )
    .min(1),
  explanation: z.string().min(1),
  source: z.literal("capitol-brief").optional(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string().min(1)),
  status: z.enum(["suggested", "check", "below-threshold"]),
});
const EXPORT_KEYS = [
  "id",
  "lesson",
  "kind",
  "skill",
  "level",
  "prompt",
  "options",
  "answer",
  "evidence",
  "explanation",
];

describe("sources:suggest", () => {
  let plain: ScriptRun;
  let all: ScriptRun;
  beforeAll(() => {
    plain = runScript("scripts/sources-suggest.ts", ARGS);
    all = runScript("scripts/sources-suggest.ts", [...ARGS, "--all"]);
  }, 120_000);

  it("prints the suggestions in the content:export shape, with confidence, reasons and status", () => {
    expect(plain.stderr).toBe("");
    expect(plain.status).toBe(0);
    const out = z.array(suggested).parse(JSON.parse(plain.stdout));
    const raw = readFileSync(FILE, "utf8");
    expect(out.length).toBeGreaterThan(5);
    for (const q of out) {
      expect(Object.keys(q).slice(0, EXPORT_KEYS.length)).toEqual(EXPORT_KEYS);
      for (const e of q.evidence) expect(raw.slice(e.start, e.end)).toBe(e.quote);
      for (const a of q.answer) expect(q.options.map((o) => o.id)).toContain(a);
      expect(q.status).not.toBe("below-threshold");
      if (q.status === "check") expect(q.reasons.length).toBeGreaterThan(0);
    }
    const joint = out.find((q) => q.kind === "speaker" && q.prompt.includes("The department has given us"))!;
    expect(joint.options.find((o) => o.id === joint.answer[0])!.text).toBe(
      "Ann Baker, Carl Diaz, Eve Fox and Gus Hill",
    );
    expect(out.some((q) => q.status === "check")).toBe(true);
  });

  it("shows the drafts under the threshold too with --all, marked, with their reasons", () => {
    expect(all.status).toBe(0);
    const out = z.array(suggested).parse(JSON.parse(all.stdout));
    const below = out.filter((q) => q.status === "below-threshold");
    expect(below.length).toBeGreaterThan(0);
    for (const q of below) expect(q.reasons.length).toBeGreaterThan(0);
    expect(out.length).toBeGreaterThan(z.array(suggested).parse(JSON.parse(plain.stdout)).length);
  });

  it.each([
    [[], /^sources:suggest: usage: npm run --silent sources:suggest -- FILE/],
    [[FILE, FILE], /usage/],
    [["no/such/file.txt"], /cannot read no\/such\/file\.txt/],
    [[FILE, "--date", "2026-02-30"], /--date must be a real date as YYYY-MM-DD/],
    [[FILE, "--genre", "satire"], /--genre must be news or opinion/],
    [[FILE, "--outlet", " "], /--outlet must not be empty/],
    [[FILE, "--bogus"], /Unknown option '--bogus'/],
  ])("refuses %j with one line on stderr, nothing on stdout, exit code 2", (args, message) => {
    const result = runScript("scripts/sources-suggest.ts", args as string[]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
