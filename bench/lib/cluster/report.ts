import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { SignOutResult } from "./sign-out-check";

export type Latency = { count: number; p50: number; p95: number; p99: number; max: number };
type Attribution = { perAnswerMs: number; perPageViewMs: number; windows: number; windowSeconds?: number };
export type Stat = { samples: number; p95: number | null; max: number | null };

export type ClusterRun = {
  date: string;
  machine: string;
  command: string;
  minutes: number;
  setup: {
    instances: number;
    teachers: number;
    students: number;
    classes: number;
    lesson: string;
    questionsPerStudent: number;
    rampSeconds: number;
    thinkSeconds: [number, number];
    teacherThinkSeconds: [number, number];
    build: { built: boolean; seconds: number };
    prepareSeconds: number;
    postgres: string;
  };
  loadSeconds: number;
  answers: {
    expected: number;
    confirmed: number;
    stored: number;
    storedOnReplica: number;
    duplicated: number;
    lost: number;
    storedNotConfirmed: number;
    perSecond: number;
    peakPerSecond10s: number;
  };
  latency: Record<string, Latency>;
  clientErrors: {
    total: number;
    retried: number;
    gaveUp: number;
    /** Failures seen from the kill until 10 s after the replacement was healthy (absent in older results). */
    aroundKill?: number;
    byKind: Record<string, number>;
    samples: Record<string, string>;
  };
  kill: { instance: string; atSeconds: number; restartedAfterSeconds: number; healthyAgainSeconds: number };
  signOut: SignOutResult;
  /** Transactions the replica ran during the load: the reports and exports the app sent there. */
  replicaTransactions: number;
  replicaLag: { replayLagMs: Stat; lastReplayAgeMs: Stat; unreplayedBytes: Stat };
  cpu: {
    appMs: number;
    primaryMs: number;
    replicaMs: number;
    haproxyMs: number;
    loadGeneratorMs: number;
    /** The whole machine's busy time (/proc/stat), and what of it was none of the above. */
    machineMs: number;
    otherMs: number;
    machineBusyShare: number;
  };
  /** Peak resident memory of each instance's current process (the restarted one: since its restart). */
  instancePeakRssMb: (number | null)[];
  /** Least-squares split of each group's CPU between answers and page views (attribution.ts); null when it failed. */
  attribution: Record<"app" | "primary" | "replica", Attribution | null>;
  derived: {
    pageViews: number;
    requests: number;
    appCpuMsPerRequest: number;
    appCpuMsPerAnswer: number;
    appCpuMsPerPageView: number;
    primaryCpuMsPerAnswer: number;
    answersPerSecondPerPrimaryCore: number;
    answersPerSecondPerPrimaryCoreEstimate: number | null;
    appCpuMsPerStudentLesson: number;
    studentActiveSeconds: number;
    studentsPerAppCore: number;
    /** From the estimate: one lesson page view and its answers, without the teachers' share. */
    appCpuMsPerStudentLessonEstimate: number | null;
    studentsPerAppCoreEstimate: number | null;
    meanConcurrentStudents: number;
  };
  failures: string[];
};

const f1 = (v: number | null) => (v === null || !Number.isFinite(v) ? "—" : v.toFixed(1));
const split = (a: Attribution | null) => (a ? `${f1(a.perAnswerMs)} · ${f1(a.perPageViewMs)}` : "—");
const f0 = (v: number | null) => (v === null || !Number.isFinite(v) ? "—" : Math.round(v).toLocaleString("en"));

export function clusterSection(r: ClusterRun): string {
  const s = r.setup;
  const d = r.derived;
  const reports = ["class report", "assignment report", "CSV export"].reduce(
    (n, k) => n + (r.latency[k]?.count ?? 0),
    0,
  );
  const lines = [
    "## Three instances behind a load balancer, primary + streaming replica (`npm run bench:cluster`)",
    "",
    `Run ${r.date.slice(0, 16).replace("T", " ")} UTC on ${r.machine}; ${r.minutes.toFixed(1)} minutes end to end. Command: \`${r.command}\`. Every figure is in \`bench/results/cluster-latest.json\`.`,
    "",
    `Everything on this one machine: ${s.instances} app instances of one production build (\`scripts/serve.mjs\`, what \`npm start\` serves; build ${s.build.built ? `made in ${s.build.seconds.toFixed(0)} s` : "reused"}, migrations and content by ${s.instances} \`db:migrate\` runs started together in ${s.prepareSeconds.toFixed(1)} s), HAProxy round robin with a health check on \`/api/health\`, ${s.postgres} (primary, and a streaming replica made with \`pg_basebackup -R\`; every instance has \`DATABASE_URL\` = primary and \`DATABASE_REPLICA_URL\` = replica), and the load generator. ${s.students.toLocaleString("en")} students in ${s.classes} classes of 30 (one assignment each of the built-in lesson \`${s.lesson}\`, ${s.questionsPerStudent} questions) start evenly over ${s.rampSeconds} s; each opens the lesson page (then the quiz's state, \`/api/lessons/…/quiz\`, which also tells the header who is signed in; the header's session request only when the cookie is due its renewal), then answers every question after a think time of ${s.thinkSeconds[0]}–${s.thinkSeconds[1]} s, loading the quiz's next state after each answer (an answer's cost below includes it). Meanwhile ${s.teachers} teachers load their class report and assignment report (each the prerendered page, then its figures from \`/api/teach/classes/…\`, which also tell the header who is signed in) and CSV export in turn with ${s.teacherThinkSeconds[0]}–${s.teacherThinkSeconds[1]} s between requests. Clients retry failed requests with backoff. ${r.loadSeconds.toFixed(0)} s of load.`,
    "",
    "### Correctness",
    "",
    "| check | result | target |",
    "|---|---:|---|",
    `| answers confirmed to students (of ${r.answers.expected.toLocaleString("en")}) | ${r.answers.confirmed.toLocaleString("en")} | all |`,
    `| answers stored in the primary after the run (on the replica) | ${r.answers.stored.toLocaleString("en")} (${r.answers.storedOnReplica.toLocaleString("en")}) | = confirmed |`,
    `| duplicated (same student and question stored twice) | ${r.answers.duplicated} | 0 |`,
    `| **lost** (confirmed, not stored with the confirmed choice) | ${r.answers.lost} | 0 |`,
    `| stored but never confirmed (the client gave up) | ${r.answers.storedNotConfirmed} | — |`,
    `| instance \`${r.kill.instance}\` killed (SIGKILL) at ${r.kill.atSeconds.toFixed(0)} s, restarted ${r.kill.restartedAfterSeconds.toFixed(0)} s later | healthy again after ${r.kill.healthyAgainSeconds.toFixed(1)} s | — |`,
    `| failed requests seen by clients, all retried | ${r.clientErrors.total}${r.clientErrors.aroundKill === undefined ? "" : ` (${r.clientErrors.aroundKill} from the kill to 10 s after the restart)`}; ${r.clientErrors.retried} retries, ${r.clientErrors.gaveUp} given up | no give-ups |`,
    "",
    Object.keys(r.clientErrors.byKind).length
      ? `Failures seen: ${Object.entries(r.clientErrors.byKind)
          .map(([k, n]) => `${n} × ${k}`)
          .join("; ")}.`
      : "No client saw a failure.",
    "",
    "(_no response_: the connection closed before a response came, as for the requests the killed instance had in hand; _HTTP 503_: HAProxy had no instance to send the request to.)",
    "",
    `Sign-out on one instance: the student signed out on \`${r.signOut.signedOutOn}\` (POST /account/sign-out → ${r.signOut.signOutStatus}); the same cookie was then sent straight to each instance (not through the balancer) for \`/account\`:`,
    "",
    "| instance | before sign-out | after sign-out | |",
    "|---|---|---|---|",
    ...r.signOut.after.map((a, i) => {
      const b = r.signOut.before[i]!;
      const show = (c: typeof a) =>
        `${c.status}${c.location ? ` → ${c.location}` : ""}${c.signInRedirect ? " with a redirect to sign-in in the streamed page" : ""} (${c.accepted ? "accepted" : "refused"})`;
      return `| ${a.instance} | ${show(b)} | ${show(a)} | ${b.accepted && !a.accepted ? "pass" : "**FAIL**"} |`;
    }),
    "",
    "### Latency through the balancer (successful requests, ms)",
    "",
    "| request | count | p50 | p95 | p99 | max |",
    "|---|---:|---:|---:|---:|---:|",
    ...Object.entries(r.latency).map(
      ([k, l]) =>
        `| ${k} | ${l.count.toLocaleString("en")} | ${f1(l.p50)} | ${f1(l.p95)} | ${f1(l.p99)} | ${f1(l.max)} |`,
    ),
    "",
    `Answers: ${r.answers.perSecond.toFixed(1)} a second on average over the load, ${r.answers.peakPerSecond10s.toFixed(1)} in the busiest 10 s; ${d.meanConcurrentStudents.toFixed(0)} students working at once on average.`,
    "",
    "### Replica lag (sampled every second during the load)",
    "",
    `The replica ran ${r.replicaTransactions.toLocaleString("en")} transactions during the load (pg_stat_database, the sampler's own left out): the reads of reports and CSV exports the app sent there, ${(r.replicaTransactions / Math.max(1, reports)).toFixed(1)} per report or export. An instance reads a report from the replica once it has replayed everything the primary had when the request began (else from the primary).`,
    "",
    "| measure | samples | p95 | max |",
    "|---|---:|---:|---:|",
    `| \`replay_lag\` in \`pg_stat_replication\` (primary), ms | ${r.replicaLag.replayLagMs.samples} | ${f1(r.replicaLag.replayLagMs.p95)} | ${f1(r.replicaLag.replayLagMs.max)} |`,
    `| WAL not yet replayed (\`pg_current_wal_lsn() − replay_lsn\`), bytes | ${r.replicaLag.unreplayedBytes.samples} | ${f0(r.replicaLag.unreplayedBytes.p95)} | ${f0(r.replicaLag.unreplayedBytes.max)} |`,
    `| \`now() − pg_last_xact_replay_timestamp()\` on the replica while WAL received is not yet replayed (else 0), ms | ${r.replicaLag.lastReplayAgeMs.samples} | ${f1(r.replicaLag.lastReplayAgeMs.p95)} | ${f1(r.replicaLag.lastReplayAgeMs.max)} |`,
    "",
    "### Server CPU (utime + stime of each process tree over the load)",
    "",
    "| processes | CPU s | all ÷ answers, ms | all ÷ page views, ms | estimate: ms per answer · per page view |",
    "|---|---:|---:|---:|---:|",
    `| ${s.instances} app instances (the killed one up to its last sample, and its replacement) | ${(r.cpu.appMs / 1000).toFixed(1)} | ${f1(d.appCpuMsPerAnswer)} | ${f1(d.appCpuMsPerPageView)} | ${split(r.attribution.app)} |`,
    `| Postgres primary | ${(r.cpu.primaryMs / 1000).toFixed(1)} | ${f1(d.primaryCpuMsPerAnswer)} | ${f1(r.cpu.primaryMs / d.pageViews)} | ${split(r.attribution.primary)} |`,
    `| Postgres replica | ${(r.cpu.replicaMs / 1000).toFixed(1)} | ${f1(r.cpu.replicaMs / r.answers.confirmed)} | ${f1(r.cpu.replicaMs / d.pageViews)} | ${split(r.attribution.replica)} |`,
    `| HAProxy | ${(r.cpu.haproxyMs / 1000).toFixed(1)} | | | |`,
    `| load generator (this benchmark's own process) | ${(r.cpu.loadGeneratorMs / 1000).toFixed(1)} | | | |`,
    `| other processes on the machine meanwhile (not part of this run) | ${(r.cpu.otherMs / 1000).toFixed(1)} | | | |`,
    "",
    `The "all ÷" columns divide the group's whole CPU time by one count (${r.answers.confirmed.toLocaleString("en")} answers; ${d.pageViews.toLocaleString("en")} page views: lesson pages, report pages and CSV exports, each report page with the header's session request), so each is an upper bound that also carries the other kind of request; ${d.requests.toLocaleString("en")} requests in all: ${f1(d.appCpuMsPerRequest)} ms of app CPU per request. The estimate splits the CPU by least squares over 5 s windows (10 s when 5 s ones are too noisy to give two positive costs; CPU ≈ a·answers + p·page views, the windows from the kill to 10 s after the replacement was healthy left out${r.attribution.app ? `; app: ${r.attribution.app.windows} windows of ${r.attribution.app.windowSeconds ?? 5} s` : ""}). The machine was ${(r.cpu.machineBusyShare * 100).toFixed(0)} % busy over the load (/proc/stat: busy time over ${r.loadSeconds.toFixed(0)} s × cores). Peak resident memory of the instances: ${(r.instancePeakRssMb ?? []).map((m) => (m === null ? "—" : `${m.toFixed(0)} MB`)).join(", ")}.`,
    "",
    ...(r.cpu.otherMs > 0.1 * r.cpu.machineMs
      ? [
          `Other work shared the machine during this run (${(r.cpu.otherMs / 1000).toFixed(0)} CPU s, ${((r.cpu.otherMs / r.cpu.machineMs) * 100).toFixed(0)} % of the machine's busy time, in the table above): the latencies are longer than the deployment alone would give; CPU time per request is affected much less.`,
          "",
        ]
      : []),
    `Capacity read from this run (docs/deploy.md): a student's lesson (one page view and ${s.questionsPerStudent} answers over about ${d.studentActiveSeconds.toFixed(0)} s of work) costs ${f1(d.appCpuMsPerStudentLessonEstimate)} ms of app CPU by the estimate, so **${f0(d.studentsPerAppCoreEstimate)} students working at once per app core** at 100 % of the core (${f0(d.studentsPerAppCore)} when all the app's CPU, teachers' reports included, is put on the students: ${f1(d.appCpuMsPerStudentLesson)} ms per lesson); ${
      d.answersPerSecondPerPrimaryCoreEstimate === null
        ? `**${f0(d.answersPerSecondPerPrimaryCore)} answers a second per Postgres primary core** with everything the primary did put on the answers (the least-squares split gave no positive cost for both kinds on the primary in this run).`
        : `**${f0(d.answersPerSecondPerPrimaryCoreEstimate)} answers a second per Postgres primary core** by the estimate (${f0(d.answersPerSecondPerPrimaryCore)} with everything the primary did put on the answers).`
    }`,
  ];
  if (r.failures.length) lines.push("", `**Failed:** ${r.failures.join("; ")}.`);
  return lines.join("\n");
}

const START = "<!-- cluster:start -->";
const END = "<!-- cluster:end -->";

/** Replaces the section between the markers, or appends it with them. */
export function writeClusterDoc(doc: string, section: string): void {
  const text = existsSync(doc) ? readFileSync(doc, "utf8") : "# Benchmarks\n";
  const block = `${START}\n${section}\n${END}`;
  const next = text.includes(START)
    ? text.replace(new RegExp(`${START}[\\s\\S]*${END}`), () => block)
    : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(doc, next);
}
