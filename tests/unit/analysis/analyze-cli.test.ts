import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/sources-analyze.ts", ...args], {
    encoding: "utf8",
  });
const KYIV = "tests/fixtures/captures/kyiv-independent-2025-11-24-secretive-negotiations.txt";

describe("sources:analyze", () => {
  it("prints the analysis as JSON, with offsets into the file as read", () => {
    const result = run(KYIV, "--date", "2025-11-23");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, { start: number; end: number; text?: string }[]>;
    expect(Object.keys(out)).toEqual(["sentences", "quotes", "attributions", "dates", "opinion"]);
    const raw = readFileSync(KYIV, "utf8");
    for (const q of out.quotes!) expect(raw.slice(q.start, q.end)).toBe(q.text);
    expect(out.dates!.find((d) => d.text === "October")).toMatchObject({ resolved: "2025-10" });
  });

  it.each([
    [[], /usage: npm run --silent sources:analyze -- FILE/],
    [["no/such/file.txt"], /cannot read no\/such\/file\.txt/],
    [[KYIV, "--date", "2025-02-30"], /--date must be a real date as YYYY-MM-DD/],
    [[KYIV, "--date", "yesterday"], /--date must be a real date/],
    [[KYIV, "--bogus"], /Unknown option '--bogus'/],
  ])("refuses %j with a clear message and exit code 2", (args, message) => {
    const result = run(...(args as string[]));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });
});
