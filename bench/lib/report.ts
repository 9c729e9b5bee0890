import os from "node:os";
import type { FloorResult } from "./floors";
import type { TargetResult } from "./measure";

export type BenchRun = {
  date: string;
  machine: string;
  command: string;
  minutes: number;
  targets: TargetResult[];
  skipped: string[];
};

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+\d+-Core Processor$/, "") ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.type()} ${os.release()}`;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "—");
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? "met" : "**not met**");
const label = (t: TargetResult) =>
  t.mode === "embedded" ? "embedded (PGlite owner)" : "Postgres server (own cluster)";
const floor = (t: TargetResult, key: string) => t.floors.find((f) => f.key === key);
const perSecond = (t: TargetResult, key: string) => floor(t, key)?.perSecond ?? Number.NaN;
const fixed2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : "—");
/** The server had every core busy under the closed loop: cores / throughput is server time per request. */
const CORES = os.cpus().length;

function floorsTable(targets: TargetResult[]): string[] {
  const head = `| page | ${targets.map((t) => `${label(t)}: req/s · p50 · p95 ms`).join(" | ")} |`;
  const lines = [head, `|---|${targets.map(() => "---:").join("|")}|`];
  const pages = [...new Map(targets.flatMap((t) => t.floors).map((f) => [f.key, f.name])).entries()];
  for (const [key, name] of pages) {
    const cells = targets
      .map((t) => floor(t, key))
      .map((r?: FloorResult) =>
        r ? `${r.perSecond.toFixed(0)} · ${ms(r.p50)} · ${ms(r.p95)}${r.errors ? ` (${r.errors} errors)` : ""}` : "—",
      );
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  const ratio = (t: TargetResult, over: string) => perSecond(t, "quiz") / perSecond(t, over);
  const ratioRow = (name: string, over: string, target: string, min: number) =>
    `| **${name}** | ${targets.map((t) => `${fixed2(ratio(t, over))} (${target}: ${verdict(ratio(t, over) >= min)})`).join(" | ")} |`;
  lines.push(ratioRow("issue 20: the lesson document / the floor's static page", "floorStatic", "target ≥ 0.5", 0.5));
  // A lesson view in the browser is the document and the quiz's state, which also tells the
  // header who is signed in: their server costs add up. The header's session request comes only
  // when the cookie is due its renewal (every ten minutes, lib/session-timeouts.ts).
  const wholeView = (t: TargetResult) =>
    1 / (1 / perSecond(t, "quiz") + 1 / perSecond(t, "quizState")) / perSecond(t, "floorDynamic");
  lines.push(
    `| **issue 20: the whole signed-in lesson view (document + quiz state) / trivial dynamic** | ${targets.map((t) => `${fixed2(wholeView(t))} (target ≥ 0.8: ${verdict(wholeView(t) >= 0.8)})`).join(" | ")} |`,
  );
  lines.push(
    `| ratio the quiz rendered per request (no JavaScript) / trivial dynamic | ${targets.map((t) => fixed2(perSecond(t, "quizPerRequest") / perSecond(t, "floorDynamic"))).join(" | ")} |`,
  );
  lines.push(
    `| ratio static page of the app / the floor's static page | ${targets.map((t) => fixed2(perSecond(t, "appStatic") / perSecond(t, "floorStatic"))).join(" | ")} |`,
  );
  // Server time per request (2 cores busy under a closed loop): what a proxy adds to a prerendered page.
  const msPerRequest = (t: TargetResult, key: string) => (1000 * CORES) / perSecond(t, key);
  const proxyCost = (t: TargetResult, key: string) => msPerRequest(t, key) - msPerRequest(t, "floorStatic");
  lines.push(
    `| issue 20: what a proxy adds to a prerendered page, ms of server time per request: Next's own (floor, one-line proxy) · the app's (its static page, larger) | ${targets.map((t) => `${proxyCost(t, "floorStaticProxied").toFixed(2)} · ${proxyCost(t, "appStatic").toFixed(2)}`).join(" | ")} |`,
  );
  lines.push(
    `| ratio trivial dynamic / static (for reference: about 0.23) | ${targets.map((t) => fixed2(perSecond(t, "floorDynamic") / perSecond(t, "floorStatic"))).join(" | ")} |`,
  );
  return lines;
}

function submissionsTable(targets: TargetResult[]): string[] {
  const row = (name: string, value: (t: TargetResult) => string) => `| ${name} | ${targets.map(value).join(" | ")} |`;
  const paced = (t: TargetResult) => t.submissions.paced;
  return [
    `| 35 students | ${targets.map(label).join(" | ")} |`,
    `|---|${targets.map(() => "---:").join("|")}|`,
    row(
      "back to back (closed loop): p50 · p95 · p99 ms",
      (t) => `${ms(t.submissions.p50)} · ${ms(t.submissions.p95)} · ${ms(t.submissions.p99)}`,
    ),
    row(
      "**sustained submits/s** (closed loop; target ≥ 200)",
      (t) => `${t.submissions.perSecond.toFixed(0)} (${verdict(t.submissions.perSecond >= 200)})`,
    ),
    row(
      "**p95 ms, back to back** (target ≤ 50)",
      (t) => `${ms(t.submissions.p95)} (${verdict(t.submissions.p95 <= 50)})`,
    ),
    row(
      `**p95 ms, each student answering about every ${targets[0]?.submissions.paced?.everySeconds ?? 1} s** (target ≤ 50): p50 · p95 · p99 · submits/s`,
      (t) =>
        paced(t)
          ? `${ms(paced(t).p50)} · ${ms(paced(t).p95)} · ${ms(paced(t).p99)} · ${paced(t).perSecond.toFixed(0)} (${verdict(paced(t).p95 <= 50)})`
          : "—",
    ),
    row("one student alone: p50 ms · submits/s", (t) =>
      t.submissions.alone ? `${ms(t.submissions.alone.p50)} · ${t.submissions.alone.perSecond.toFixed(0)}` : "—",
    ),
    row("answers not confirmed (errors), all runs", (t) =>
      String(t.submissions.errors + (paced(t)?.errors ?? 0) + (t.submissions.alone?.errors ?? 0)),
    ),
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
      const failures =
        Object.entries(c.failures)
          .map(([what, n]) => `${n} × ${what}`)
          .join("; ") || "none";
      const name = Number.isFinite(c.outageMs)
        ? `restart: ${c.outage} (database unreachable ${(c.outageMs / 1000).toFixed(1)} s)`
        : c.outage;
      lines.push(
        `| ${name} | ${label(t)} | ${c.students} | ${c.acknowledged} | ${c.stored} | ${c.duplicates} | ${c.lostAcknowledged} | ${ms(c.p50)} · ${ms(c.p95)} · ${ms(c.max)} | ${failures} | ${c.ok ? "pass" : "**FAIL**"} |`,
      );
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
    `| lesson page document, gzipped (prerendered HTML with its inline RSC payload; largest lesson, ${largest.path}) | ${kB(largest.htmlGzip)} (${kB(largest.htmlBytes)} raw, of which ${kB(largest.inlineRscBytes)} inline RSC) | ≤ 60 kB | ${verdict(largest.htmlGzip <= 60_000)} |`,
    `| the same page's RSC payload (client navigation), gzipped; document + RSC together | ${kB(largest.rscGzip)}; ${kB(largest.htmlGzip + largest.rscGzip)} | ≤ 60 kB | ${verdict(largest.htmlGzip + largest.rscGzip <= 60_000)} |`,
    ...(t.payload.quizState
      ? [
          `| the quiz's state the page fetches on load (JSON, largest: ${t.payload.quizState.path}), gzipped | ${kB(t.payload.quizState.gzip)} (${kB(t.payload.quizState.bytes)} raw) | (no target) | |`,
        ]
      : []),
    `| quiz page first-load JS, gzipped (${largest.scripts} scripts; the floor app's page: ${kB(t.payload.floorJsGzip)}) | ${kB(js)} | ≤ 120 kB | ${verdict(js <= 120_000)} |`,
    `| answer response (the action's RSC body) | ${t.payload.answer.bytes} B (${t.payload.answer.gzip} B gzipped) | ≤ 1 kB | ${verdict(t.payload.answer.bytes <= 1000)} |`,
    `| SQL round trips per answer submission, session check included | ${trips ?? "—"} | ≤ 3 | ${trips === undefined ? "not counted" : verdict(trips <= 3)} |`,
  ];
}

function lighthouseTable(t: TargetResult): string[] {
  if (!t.lighthouse)
    return ["_Lighthouse was not run (BENCH_LIGHTHOUSE=0, or no Chromium at /usr/bin/chromium or BYLINE_CHROMIUM)._"];
  const lines = [
    "| page | performance (runs) | accessibility | FCP · LCP · SI · TBT ms · CLS (median run) | target | |",
    "|---|---:|---:|---|---|---|",
  ];
  for (const s of t.lighthouse) {
    const dashboard = s.name.startsWith("Dashboard");
    const reference = s.name.startsWith("Reference");
    const ok = s.performance >= (dashboard ? 90 : 95) && s.accessibility === 100;
    const m = s.metrics;
    const failed = s.failedAudits.length ? ` (failing: ${s.failedAudits.join(", ")})` : "";
    const shifted = s.shifted.length
      ? ` (moved: ${s.shifted.map((x) => `\`${x.replaceAll("|", "\\|")}\``).join(", ")})`
      : "";
    lines.push(
      `| ${s.name} (\`${s.path}\`) | ${s.performance} (${s.runs.map((r) => r.performance).join(", ")}) | ${s.accessibility}${failed} | ${m.fcp.toFixed(0)} · ${m.lcp.toFixed(0)} · ${m.si.toFixed(0)} · ${m.tbt.toFixed(0)} · ${m.cls.toFixed(3)}${shifted} | ${reference ? "(reference)" : `performance ≥ ${dashboard ? 90 : 95}, accessibility 100`} | ${reference ? "" : verdict(ok)} |`,
    );
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
    `Lesson view, signed-in student: the document and the quiz state (${t.roundTrips.quizPage.count}):`,
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
  const failedChecks = targets.flatMap((t) =>
    [t.burst, ...t.restarts].filter((c) => !c.ok).map(() => `${t.mode}: a burst or restart check`),
  );
  const markdown = [
    "## Pages, answers, burst, restart, budgets (`npm run bench`)",
    "",
    `Run ${run.date.slice(0, 16).replace("T", " ")} UTC on ${run.machine}; ${run.minutes.toFixed(1)} minutes. Command: \`${run.command}\`. Every figure is in \`bench/results/latest.json\`.`,
    "Load is closed-loop ([autocannon](https://github.com/mcollina/autocannon), keep-alive, uncompressed responses) against `next start` on a production build; latency to the last byte. Pages: 10 clients, 3 interleaved rounds of 5 s after a 1 s warm-up, each page's median round. Submissions post the `submitAnswerAction` server action as the browser does (`Next-Action` header, multipart body): 35 students back to back (closed loop, 20 s after a 3 s warm-up), then 35 students each answering about once a second (random think time, 15 s), and one student alone (5 s); every student works through every lesson, so each submission stores a new answer. The answer rate limit (\`BYLINE_LIMIT_ANSWERS_ACCOUNT\`, default 120 a minute per account) is raised to a ceiling no benchmark student reaches (35 students back to back answer several times a second each); its counter still runs, so it is part of what a submission costs.",
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
