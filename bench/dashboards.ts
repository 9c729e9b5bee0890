/**
 * `npm run bench:dashboards`: the dashboard benchmark on the embedded database and on a Postgres
 * server (127.0.0.1:5432, or BENCH_PG_ADMIN_URL), each target in its own process. Writes the
 * figures, the machine and the command into docs/benchmarks.md. The seeded school is cached
 * (.bench-data/ for the embedded database, the byline_bench_school database on the server).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { ExplainedQuery } from "./lib/explain";
import type { LoadResult } from "./lib/load";

type TargetResult = {
  mode: string;
  sizes: { answers: number; attempts: number; classes: number; students: number };
  teachers: number;
  seconds: number;
  pages: (LoadResult & { name: string; reference: boolean })[];
  explains: ExplainedQuery[];
};

const DOC = "docs/benchmarks.md";
const START = "<!-- dashboards:start -->";
const END = "<!-- dashboards:end -->";
const TARGET_P95_MS = 100;

async function serverAnswers(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function runTarget(mode: string): TargetResult {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "byline-bench-")), `${mode}.json`);
  const result = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/dashboards-target.ts", mode, out],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: process.env,
    },
  );
  if (result.status !== 0 || !existsSync(out)) throw new Error(`the ${mode} target failed (exit ${result.status})`);
  return JSON.parse(readFileSync(out, "utf8")) as TargetResult;
}

const planFile = (mode: string) => `bench/results/dashboard-plans-${mode}.md`;

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—");

function section(results: TargetResult[], skipped: string[]): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    START,
    "## Dashboards (`npm run bench:dashboards`)",
    "",
    `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}.`,
    `Command: \`npm run bench:dashboards\` (each page: ${results[0]?.teachers ?? 10} teachers requesting in a closed loop for ${results[0]?.seconds ?? 15} s after a 3 s warm-up, against \`next start\` on a production build; latency to the last byte). Target: p95 ≤ ${TARGET_P95_MS} ms per page.`,
    "",
  ];
  for (const r of results) {
    lines.push(
      `### ${r.mode === "embedded" ? "Embedded database (PGlite through its owner process)" : "Postgres server (node-postgres)"}`,
      "",
    );
    lines.push(
      `${r.sizes.answers.toLocaleString("en")} answers, ${r.sizes.attempts.toLocaleString("en")} attempts, ${r.sizes.classes} classes, ${r.sizes.students.toLocaleString("en")} students.`,
      "",
    );
    lines.push(
      "| page | req/s | p50 ms | p95 ms | p99 ms | errors | bytes | p95 ≤ 100 ms |",
      "|---|---:|---:|---:|---:|---:|---:|---|",
    );
    for (const p of r.pages) {
      lines.push(
        `| ${p.name} | ${p.perSecond.toFixed(1)} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${p.errors} | ${Math.round(p.bytes).toLocaleString("en")} | ${p.reference ? "(reference)" : p.p95 <= TARGET_P95_MS ? "yes" : "**no**"} |`,
      );
    }
    const scans = r.explains.filter((e) => e.seqScans.length > 0);
    lines.push(
      "",
      `Sequential scans of answers or attempts in the class-scoped queries: ${scans.length === 0 ? "none" : scans.map((e) => `**${e.name}** (${e.seqScans.join(", ")})`).join("; ")}.`,
      "",
    );
    // The plans themselves are raw output: they go to bench/results, the doc keeps the times.
    const plans = planFile(r.mode);
    writeFileSync(
      plans,
      [
        `# EXPLAIN ANALYZE: ${r.mode} database`,
        "",
        ...r.explains.flatMap((e) => [`## ${e.name}: ${ms(e.ms)} ms`, "", "```", e.plan, "```", ""]),
      ].join("\n"),
    );
    lines.push(
      "| query | ms |",
      "|---|---:|",
      ...r.explains.map((e) => `| ${e.name} | ${ms(e.ms)} |`),
      "",
      `Plans: [\`${plans}\`](../${plans}).`,
      "",
    );
  }
  for (const s of skipped) lines.push(`_${s}_`, "");
  lines.push(END);
  return lines.join("\n");
}

async function main() {
  const results: TargetResult[] = [runTarget("embedded")];
  const skipped: string[] = [];
  if (await serverAnswers()) results.push(runTarget("server"));
  else
    skipped.push(
      "No Postgres server answered at 127.0.0.1:5432 (or BENCH_PG_ADMIN_URL): the server target was skipped.",
    );
  const doc = existsSync(DOC)
    ? readFileSync(DOC, "utf8")
    : "# Benchmarks\n\nFigures from the benchmark scripts in `bench/`; each section says how it was produced.\n";
  const block = section(results, skipped);
  const next = doc.includes(START)
    ? doc.replace(new RegExp(`${START}[\\s\\S]*${END}`), block)
    : `${doc.trimEnd()}\n\n${block}\n`;
  mkdirSync(path.dirname(DOC), { recursive: true });
  writeFileSync(DOC, next);
  console.error(`written to ${DOC}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
