import os from "node:os";
import type { FloorResult } from "./floors";
import type { TargetResult } from "./measure";

export type BenchRun = { date: string; machine: string; command: string; minutes: number; targets: TargetResult[]; skipped: string[] };

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+\d+-Core Processor$/, "") ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.type()} ${os.release()}`;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—");
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
const label = (t: TargetResult) => (t.mode === "embedded" ? "embedded (PGlite owner)" : "Postgres server (own cluster)");
const floor = (t: TargetResult, key: string) => t.floors.find((f) => f.key === key)!;

function floorsTable(targets: TargetResult[]): string[] {
  const head = `| page | ${targets.map((t) => `${label(t)}: req/s · p50 · p95 ms`).join(" | ")} |`;
  const lines = [head, `|---|${targets.map(() => "---:").join("|")}|`];
  for (const f of targets[0]!.floors) {
    const cells = targets.map((t) => floor(t, f.key)).map((r: FloorResult) => `${r.perSecond.toFixed(0)} · ${ms(r.p50)} · ${ms(r.p95)}${r.errors ? ` (${r.errors} errors)` : ""}`);
    lines.push(`| ${f.name} | ${cells.join(" | ")} |`);
  }
  const ratio = (t: TargetResult, over: string) => floor(t, "quiz").perSecond / floor(t, over).perSecond;
  const ratioRow = (name: string, over: string, target: number, stretch?: number) =>
    `| **${name}** | ${targets.map((t) => `${ratio(t, over).toFixed(2)} (target ≥ ${target}${stretch ? `, stretch ≥ ${stretch}` : ""}: ${verdict(ratio(t, over) >= target)})`).join(" | ")} |`;
  lines.push(ratioRow("ratio quiz / trivial dynamic (req/s)", "floorDynamic", 0.8));
  lines.push(ratioRow("ratio quiz / static (floor app's static page)", "floorStatic", 0.23, 0.5));
  lines.push(`| ratio trivial dynamic / static (for reference: about 0.23) | ${targets.map((t) => (floor(t, "floorDynamic").perSecond / floor(t, "floorStatic").perSecond).toFixed(2)).join(" | ")} |`);
  return lines;
}

function submissionsTable(targets: TargetResult[]): string[] {
  const row = (name: string, value: (t: TargetResult) => string) => `| ${name} | ${targets.map(value).join(" | ")} |`;
  return [
    `| 35 students submitting back to back | ${targets.map(label).join(" | ")} |`,
    `|---|${targets.map(() => "---:").join("|")}|`,
    row("p50 ms", (t) => ms(t.submissions.p50)),
    row("p95 ms (target ≤ 50)", (t) => `${ms(t.submissions.p95)} (${verdict(t.submissions.p95 <= 50)})`),
    row("p99 ms", (t) => ms(t.submissions.p99)),
    row("sustained submits/s (target ≥ 200)", (t) => `${t.submissions.perSecond.toFixed(0)} (${verdict(t.submissions.perSecond >= 200)})`),
    row("answers not confirmed (errors)", (t) => String(t.submissions.errors)),
  ];
}

function checksTable(targets: TargetResult[]): string[] {
  const lines = [
    "| check | database | students | confirmed | stored | duplicates | confirmed but lost | to confirmation p50 · p95 · max ms | failed requests seen by clients (then retried) | result |",
    "|---|---|---:|---:|---:|---:|---:|---|---|---|",
  ];
  for (const t of targets) {
    const all = [{ ...t.burst, outage: "burst: one question within 5 s", outageMs: Number.NaN }, ...t.restarts];
    for (const c of all) {
      const failures = Object.entries(c.failures).map(([what, n]) => `${n} × ${what}`).join("; ") || "none";
      const name = Number.isFinite(c.outageMs) ? `restart: ${c.outage} (database unreachable ${(c.outageMs / 1000).toFixed(1)} s)` : c.outage;
      lines.push(`| ${name} | ${label(t)} | ${c.students} | ${c.acknowledged} | ${c.stored} | ${c.duplicates} | ${c.lostAcknowledged} | ${ms(c.p50)} · ${ms(c.p95)} · ${ms(c.max)} | ${failures} | ${c.ok ? "pass" : "**FAIL**"} |`);
    }
  }
  return lines;
}

function payloadTable(t: TargetResult): string[] {
  const largest = [...t.payload.pages].sort((a, b) => b.htmlGzip + b.rscGzip - (a.htmlGzip + a.rscGzip))[0]!;
  const js = Math.max(...t.payload.pages.map((p) => p.firstLoadJsGzip));
  const trips = t.roundTrips?.answer.count;
  return [
    "| budget | measured | target | |",
    "|---|---:|---:|---|",
    `| quiz page document, gzipped (HTML with its inline RSC payload; largest lesson, ${largest.path}) | ${kB(largest.htmlGzip)} (${kB(largest.htmlBytes)} raw, of which ${kB(largest.inlineRscBytes)} inline RSC) | ≤ 60 kB | ${verdict(largest.htmlGzip <= 60_000)} |`,
    `| the same page's RSC payload (client navigation), gzipped; document + RSC together | ${kB(largest.rscGzip)}; ${kB(largest.htmlGzip + largest.rscGzip)} | ≤ 60 kB | ${verdict(largest.htmlGzip + largest.rscGzip <= 60_000)} |`,
    `| quiz page first-load JS, gzipped (${largest.scripts} scripts) | ${kB(js)} | ≤ 120 kB | ${verdict(js <= 120_000)} |`,
    `| answer response (the action's RSC body) | ${t.payload.answer.bytes} B (${t.payload.answer.gzip} B gzipped) | ≤ 1 kB | ${verdict(t.payload.answer.bytes <= 1000)} |`,
    `| SQL round trips per answer submission, session check included | ${trips ?? "—"} | ≤ 3 | ${trips === undefined ? "not counted" : verdict(trips <= 3)} |`,
  ];
}

function lighthouseTable(t: TargetResult): string[] {
  if (!t.lighthouse) return ["_Lighthouse was not run (BENCH_LIGHTHOUSE=0)._"];
  const lines = ["| page | performance (runs) | accessibility | FCP · LCP · TBT ms · CLS (median run) | target | |", "|---|---:|---:|---|---|---|"];
  for (const s of t.lighthouse) {
    const dashboard = s.name.startsWith("Dashboard");
    const ok = s.performance >= (dashboard ? 90 : 95) && s.accessibility === 100;
    const m = s.metrics;
    const failed = s.failedAudits.length ? ` (failing: ${s.failedAudits.join(", ")})` : "";
    lines.push(`| ${s.name} (\`${s.path}\`) | ${s.performance} (${s.runs.map((r) => r.performance).join(", ")}) | ${s.accessibility}${failed} | ${m.fcp.toFixed(0)} · ${m.lcp.toFixed(0)} · ${m.tbt.toFixed(0)} · ${m.cls.toFixed(3)} | performance ≥ ${dashboard ? 90 : 95}, accessibility 100 | ${verdict(ok)} |`);
  }
  return lines;
}

function statementsBlock(t: TargetResult | undefined): string[] {
  if (!t?.roundTrips) return [];
  const list = (xs: string[]) => xs.map((s, i) => `${i + 1}. \`${s}\``);
  return [
    "<details><summary>The statements of one answer submission and of one quiz page view (server statement log)</summary>",
    "",
    `Answer submission (${t.roundTrips.answer.count}):`,
    "",
    ...list(t.roundTrips.answer.statements),
    "",
    `Quiz page view, signed-in student (${t.roundTrips.quizPage.count}):`,
    "",
    ...list(t.roundTrips.quizPage.statements),
    "",
    "</details>",
  ];
}

/** The generated section of docs/benchmarks.md and the correctness checks that failed. */
export function benchSection(run: BenchRun): { markdown: string; failedChecks: string[] } {
  const { targets } = run;
  const embedded = targets.find((t) => t.mode === "embedded")!;
  const server = targets.find((t) => t.mode === "server");
  const failedChecks = targets.flatMap((t) => [t.burst, ...t.restarts].filter((c) => !c.ok).map(() => `${t.mode}: a burst or restart check`));
  const markdown = [
    "## Pages, answers, burst, restart, budgets (`npm run bench`)",
    "",
    `Run ${run.date.slice(0, 16).replace("T", " ")} UTC on ${run.machine}; ${run.minutes.toFixed(1)} minutes. Command: \`${run.command}\`. Every figure is in \`bench/results/latest.json\`.`,
    "Load is closed-loop ([autocannon](https://github.com/mcollina/autocannon), keep-alive, uncompressed responses) against `next start` on a production build; latency to the last byte. Pages: 10 clients, 3 interleaved rounds of 5 s after a 1 s warm-up, each page's median round. Submissions post the `submitAnswerAction` server action as the browser does (`Next-Action` header, multipart body).",
    "",
    "### Floors",
    "",
    ...floorsTable(targets),
    "",
    "### Answer submission",
    "",
    ...submissionsTable(targets),
    "",
    "### Burst and restart (correctness; the clients retry failed requests with backoff)",
    "",
    ...checksTable(targets),
    "",
    `### Payload budgets (${label(embedded)}${server ? "; round trips on the Postgres server" : ""})`,
    "",
    ...payloadTable({ ...embedded, roundTrips: server?.roundTrips }),
    "",
    ...statementsBlock(server),
    "",
    "### Page quality: Lighthouse 12.8 in Debian Chromium, mobile preset, median of 3 runs",
    "",
    ...lighthouseTable(embedded),
    ...run.skipped.flatMap((s) => ["", `_${s}_`]),
  ].join("\n");
  return { markdown, failedChecks };
}
