/**
 * `npm run bench`: the floors, answer submission, the burst, the restart, payload budgets, SQL
 * round trips and Lighthouse (issue 7), against `next start` on a production build, on the
 * embedded database and on a Postgres cluster of its own, each target in its own process; then
 * the dashboards (`npm run bench:dashboards`, 10 teachers on a school of 1 M answers), unless
 * BENCH_SKIP_DASHBOARDS=1. Writes bench/results/latest.json and both sections of
 * docs/benchmarks.md. Exits non-zero when a correctness check fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TargetResult } from "./lib/measure";
import { findPostgresBin } from "./lib/postgres-cluster";
import { benchSection, machine, type BenchRun } from "./lib/report";

const DOC = "docs/benchmarks.md";
const RESULTS = "bench/results/latest.json";
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";
const log = (line: string) => console.error(line);

function runTarget(mode: "embedded" | "server"): TargetResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-bench-result-"));
  const out = path.join(dir, `${mode}.json`);
  try {
    const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/target.ts", mode, out], {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
    });
    if (result.status !== 0 || !existsSync(out))
      throw new Error(`the ${mode} target failed (exit ${result.status ?? result.signal})`);
    return JSON.parse(readFileSync(out, "utf8")) as TargetResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeDoc(section: string): void {
  const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const block = `${START}\n${section}\n${END}`;
  // The section goes first, before the dashboards' notes and figures.
  const next = doc.includes(START)
    ? doc.replace(new RegExp(`${START}[\\s\\S]*${END}`), () => block)
    : doc.replace(/^(# Benchmarks\n(?:\n[^#\n][^\n]*)*\n)/, (head) => `${head}\n${block}\n`);
  writeFileSync(DOC, next.includes(START) ? next : `${doc.trimEnd()}\n\n${block}\n`);
}

function main(): void {
  const started = Date.now();
  const targets: TargetResult[] = [runTarget("embedded")];
  const skipped: string[] = [];
  if (findPostgresBin()) targets.push(runTarget("server"));
  else
    skipped.push(
      "PostgreSQL's server binaries are not installed (`apt-get install postgresql`): the server target was skipped.",
    );
  const run: BenchRun = {
    date: new Date().toISOString(),
    machine: machine(),
    command: "npm run bench",
    minutes: (Date.now() - started) / 60_000,
    targets,
    skipped,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(run, null, 2)}\n`);
  const { markdown, failedChecks } = benchSection(run);
  writeDoc(markdown);
  log(`written to ${RESULTS} and ${DOC} in ${run.minutes.toFixed(1)} min`);
  if (process.env.BENCH_SKIP_DASHBOARDS !== "1") {
    const dashboards = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/dashboards.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
    });
    if (dashboards.status !== 0) failedChecks.push(`the dashboards benchmark failed (exit ${dashboards.status})`);
  }
  if (failedChecks.length > 0) {
    log(`correctness checks failed: ${failedChecks.join("; ")}`);
    process.exitCode = 1;
  }
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
