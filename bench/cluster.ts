/**
 * `npm run bench:cluster`: Byline as a small deployment, all on this machine. A Postgres primary
 * and a streaming replica of its own, one production build served by three instances, HAProxy
 * in front; 1,000 students answer an assigned lesson with think times while 20 teachers load
 * reports and CSV exports. Mid-run one instance is killed (SIGKILL) and restarted, and a
 * student's sign-out on one instance must hold on all three. Writes
 * bench/results/cluster-latest.json and its section of docs/benchmarks.md; exits non-zero when
 * an answer is lost or duplicated or the signed-out cookie still works anywhere. Leaves nothing
 * running and no temp dir behind, however it ends.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findActionId } from "./lib/answer-action";
import { onCleanup, runCleanups } from "./lib/cleanup";
import { percentile } from "./lib/load";
import { findPostgresBin } from "./lib/postgres-cluster";
import { machine } from "./lib/report";
import {
  buildOnce,
  peakRssMb,
  prepareTogether,
  spawnInstance,
  stopProcess,
  waitHealthy,
  type Instance,
} from "./lib/cluster/app-instances";
import { attributeCpu } from "./lib/cluster/attribution";
import { CpuMeter } from "./lib/cluster/cpu";
import { startHaproxy } from "./lib/cluster/haproxy";
import { Recorder, runLoad, type Confirmed, type Kind, type LoadOptions } from "./lib/cluster/load";
import { postmasterPid, startPostgresPair } from "./lib/cluster/postgres-pair";
import { sampleReplicaLag, transactionsRun, type LagSample } from "./lib/cluster/replica-lag";
import { clusterSection, writeClusterDoc, type ClusterRun, type Latency, type Stat } from "./lib/cluster/report";
import { seedSchool, type School } from "./lib/cluster/seed";
import { checkSignOut } from "./lib/cluster/sign-out-check";

const PORT_BASE = Number(process.env.BENCH_CLUSTER_PORT_BASE ?? 3500);
const STUDENTS = Number(process.env.BENCH_CLUSTER_STUDENTS ?? 1000);
const TEACHERS = Number(process.env.BENCH_CLUSTER_TEACHERS ?? 20);
const RAMP_SECONDS = Number(process.env.BENCH_CLUSTER_RAMP_SECONDS ?? 240);
const THINK_SECONDS: [number, number] = [2, 8];
const TEACHER_THINK_SECONDS: [number, number] = [3, 10];
const PER_CLASS = 30;
const INSTANCES = 3;
const DIST_DIR = ".next-bench";
const RESULTS = "bench/results/cluster-latest.json";
const DOC = "docs/benchmarks.md";
const log = (line: string) => console.error(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function latency(values: number[] | undefined): Latency {
  const sorted = [...(values ?? [])].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

function stat(values: (number | null)[]): Stat {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  return { samples: sorted.length, p95: sorted.length ? percentile(sorted, 95) : null, max: sorted.at(-1) ?? null };
}

/** Every answer the cluster students stored, checked against what the clients were told. */
async function verifyAnswers(url: string, school: School, confirmed: Confirmed) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ user_id: string; question_id: string; n: number; chosen: string }>(
      `select t.user_id, x.question_id, count(*)::int as n,
              min((select string_agg(c, ',' order by c collate "C") from unnest(x.chosen) c)) as chosen
       from answers x join attempts t on t.id = x.attempt_id join users u on u.id = t.user_id
       where u.username like 'cluster.%'
       group by t.user_id, x.question_id`,
    );
    const key = new Map(school.questions.map((q) => [q.questionId, [...q.chosen].sort().join()]));
    const stored = new Map(rows.map((r) => [`${r.user_id} ${r.question_id}`, r]));
    let lost = 0;
    let confirmedCount = 0;
    for (const [student, questions] of confirmed) {
      for (const q of questions) {
        confirmedCount += 1;
        const row = stored.get(`${student} ${q}`);
        if (!row || row.chosen !== key.get(q)) lost += 1;
      }
    }
    const storedNotConfirmed = rows.filter((r) => !confirmed.get(r.user_id)?.has(r.question_id)).length;
    return {
      confirmed: confirmedCount,
      stored: rows.reduce((sum, r) => sum + r.n, 0),
      duplicated: rows.filter((r) => r.n > 1).length,
      lost,
      storedNotConfirmed,
    };
  } finally {
    await client.end();
  }
}

/** The replica's count once it has replayed what the primary wrote (a few seconds at most). */
async function replicaCount(primaryUrl: string, replicaUrl: string): Promise<number> {
  const primary = new pg.Client({ connectionString: primaryUrl });
  const replica = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([primary.connect(), replica.connect()]);
  try {
    const { rows: now } = await primary.query<{ lsn: string }>("select pg_current_wal_lsn()::text as lsn");
    const lsn = now[0]!.lsn;
    for (let i = 0; i < 100; i++) {
      const { rows } = await replica.query<{ caught: boolean }>(
        "select pg_last_wal_replay_lsn() >= $1::pg_lsn as caught",
        [lsn],
      );
      if (rows[0]?.caught) break;
      await sleep(100);
    }
    const { rows } = await replica.query<{ n: number }>(
      "select count(*)::int as n from answers x join attempts t on t.id = x.attempt_id join users u on u.id = t.user_id where u.username like 'cluster.%'",
    );
    return rows[0]!.n;
  } finally {
    await Promise.all([primary.end(), replica.end()]);
  }
}

/** The busiest 10 s of answers, from the confirmation times. */
function peakPerSecond(times: number[], windowMs = 10_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! > windowMs) i++;
    best = Math.max(best, j - i + 1);
  }
  return best / (windowMs / 1000);
}

async function main() {
  const started = Date.now();
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL's server binaries are not installed (apt-get install postgresql)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-cluster-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  // The postgres user must reach its data dirs inside (mkdtemp makes the dir private to root).
  chmodSync(dir, 0o711);
  const pgDir = path.join(dir, "pg");
  mkdirSync(pgDir);
  log("postgres: primary and streaming replica");
  const pair = await startPostgresPair(bin, pgDir, { primary: PORT_BASE + 10, replica: PORT_BASE + 11 }, "byline", log);
  onCleanup(() => pair.stop());

  const secret = randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: pair.primary.url,
    DATABASE_REPLICA_URL: pair.replica.url,
    AUTH_SECRET: secret,
    BYLINE_DIST_DIR: DIST_DIR,
    // One balancer in front: its X-Forwarded-For entry is the client the rate limits count.
    BYLINE_TRUSTED_PROXIES: "1",
    LOG_LEVEL: "warn",
  };
  // This run's database and nothing else (not an outer POSTGRES_URL or embedded database).
  delete env.POSTGRES_URL;
  delete env.BYLINE_EMBEDDED_DATABASE_URL;

  log("app: one build");
  const build = buildOnce(env, log);
  log("app: migrations and content, three runs at once (advisory lock)");
  const prepareSeconds = await prepareTogether(env, INSTANCES);
  log(`  prepared in ${prepareSeconds.toFixed(1)} s`);
  const instances: Instance[] = [];
  for (let i = 0; i < INSTANCES; i++) {
    const instance = spawnInstance(`app${i + 1}`, PORT_BASE + 1 + i, env, dir);
    instances.push(instance);
    // The current process of this instance, whichever it is by then (one is restarted).
    onCleanup(() => stopProcess(instance.child));
  }
  await Promise.all(instances.map((i) => waitHealthy(i.url, 120_000, i.child)));
  log(`  ${INSTANCES} instances healthy on ports ${instances.map((i) => i.port).join(", ")}`);
  const haproxy = startHaproxy(dir, PORT_BASE, instances);
  onCleanup(() => stopProcess(haproxy.child));
  await waitHealthy(haproxy.url, 30_000, haproxy.child);
  log(`  HAProxy on ${haproxy.url}`);

  log(`seed: ${TEACHERS} teachers, ${STUDENTS} students in classes of ${PER_CLASS}`);
  const client = new pg.Client({ connectionString: pair.primary.url });
  client.on("error", () => {});
  await client.connect();
  const school = await seedSchool(client, secret, {
    teachers: TEACHERS,
    students: STUDENTS,
    perClass: PER_CLASS,
  }).finally(() => client.end());
  const classes = new Set(school.students.map((s) => s.classId)).size;
  log(`  lesson ${school.lessonId}, ${school.questions.length} questions, ${classes} classes`);
  const actionId = findActionId(DIST_DIR);

  // Each page the load requests must answer 200 before it is measured.
  const t = school.teachers[0]!;
  const k = t.classes[0]!;
  for (const [who, url] of [
    [school.students[0]!.cookie, `/lessons/${school.lessonId}?assignment=${school.students[0]!.assignmentId}`],
    [t.cookie, `/teach/classes/${k.classId}/report`],
    [t.cookie, `/teach/classes/${k.classId}/assignments/${k.assignmentId}/report`],
    [t.cookie, `/teach/classes/${k.classId}/answers.csv`],
  ] as const) {
    const response = await fetch(haproxy.url + url, { headers: { cookie: who }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} before the load`);
  }

  const cpu = new CpuMeter();
  for (const i of instances) cpu.track("app", i.child.pid!);
  cpu.track("primary", postmasterPid(pair.primary));
  cpu.track("replica", postmasterPid(pair.replica));
  cpu.track("haproxy", haproxy.child.pid!);
  const replicaTransactionsBefore = await transactionsRun(pair.replica.url);
  const lag = sampleReplicaLag(pair.primary.url, pair.replica.url);
  await lag.start();
  const recorder = new Recorder();
  const options: LoadOptions = {
    baseUrl: haproxy.url,
    actionId,
    school,
    rampMs: RAMP_SECONDS * 1000,
    thinkMs: [THINK_SECONDS[0] * 1000, THINK_SECONDS[1] * 1000],
    teacherThinkMs: [TEACHER_THINK_SECONDS[0] * 1000, TEACHER_THINK_SECONDS[1] * 1000],
  };

  log(`load: ${STUDENTS} students over ${RAMP_SECONDS} s, ${TEACHERS} teachers`);
  const loadStarted = performance.now();
  const selfCpu = process.cpuUsage();
  cpu.begin();
  const progress = setInterval(() => {
    const answers = recorder.count("answer submit");
    const errors = [...recorder.errors.values()].reduce((a, b) => a + b, 0);
    log(`  ${((performance.now() - loadStarted) / 1000).toFixed(0)} s: ${answers} answers, ${errors} failed requests`);
    if (errors > 0) log(`    ${JSON.stringify(Object.fromEntries(recorder.errors))}`);
  }, 20_000);
  // Mid-ramp: one instance dies without warning, comes back a few seconds later; then a student
  // signs out on another one and the old cookie is tried on all three.
  const killed = instances[1]!;
  const disruption = (async () => {
    await sleep(RAMP_SECONDS * 400);
    const atSeconds = (performance.now() - loadStarted) / 1000;
    log(`  killing ${killed.name} (pid ${killed.child.pid}) with SIGKILL`);
    cpu.sample();
    killed.child.kill("SIGKILL");
    const restartedAfterSeconds = 3;
    await sleep(restartedAfterSeconds * 1000);
    const replacement = spawnInstance(killed.name, killed.port, env, dir);
    killed.child = replacement.child;
    cpu.track("app", replacement.child.pid!);
    await waitHealthy(killed.url, 120_000, replacement.child);
    const healthyAgainSeconds = (performance.now() - loadStarted) / 1000 - atSeconds;
    log(`  ${killed.name} healthy again ${healthyAgainSeconds.toFixed(1)} s after the kill`);
    const signOut = await checkSignOut(instances, instances[2]!, school.signOutStudent);
    log(`  sign-out on ${signOut.signedOutOn}: ${signOut.ok ? "refused everywhere" : "FAILED"}`);
    return { kill: { instance: killed.name, atSeconds, restartedAfterSeconds, healthyAgainSeconds }, signOut };
  })();
  const [{ confirmed, ms: loadMs }, { kill, signOut }] = await Promise.all([runLoad(options, recorder), disruption]);
  clearInterval(progress);
  const cpuMs = cpu.end();
  const peakRss = instances.map((i) => peakRssMb(i.child.pid));
  const self = process.cpuUsage(selfCpu);
  const lagSamples: LagSample[] = await lag.stop();
  // The lag sampler's own queries (one a second) are not reads the app sent there.
  const replicaTransactions = (await transactionsRun(pair.replica.url)) - replicaTransactionsBefore - lagSamples.length;
  log(`load done in ${(loadMs / 1000).toFixed(0)} s; checking the stored answers`);

  const verified = await verifyAnswers(pair.primary.url, school, confirmed);
  const storedOnReplica = await replicaCount(pair.primary.url, pair.replica.url);
  const loadSeconds = loadMs / 1000;
  const count = (kind: Kind) => recorder.count(kind);
  const pageViews = count("lesson page") + count("class report") + count("assignment report") + count("CSV export");
  const requests =
    pageViews + count("session request") + count("quiz state") + count("report figures") + count("answer submit");
  const lessonMs = (cpuMs.app ?? 0) / STUDENTS;
  // From opening the lesson to the last answer's confirmation, on average (measured).
  const studentActiveSeconds = recorder.studentActiveMs / school.students.length / 1000;
  // The kill, the replacement's start and 10 s after it are left out of the attribution.
  const skip: [number, number] = [
    loadStarted + kill.atSeconds * 1000 - 1000,
    loadStarted + (kill.atSeconds + kill.healthyAgainSeconds) * 1000 + 10_000,
  ];
  const ends = (...kinds: Kind[]) => kinds.flatMap((k) => recorder.ends.get(k) ?? []);
  // 5 s windows, or 10 s ones when the shorter windows are too noisy to give two positive costs.
  const attribute = (group: string) =>
    [5000, 10_000]
      .map((windowMs) =>
        attributeCpu(
          cpu.series.map((x) => ({ at: x.at, ms: x.ms[group] ?? 0 })),
          ends("answer submit"),
          ends("lesson page", "class report", "assignment report", "CSV export"),
          skip,
          windowMs,
        ),
      )
      .find((a) => a !== null) ?? null;
  const attribution = { app: attribute("app"), primary: attribute("primary"), replica: attribute("replica") };
  const lessonEstimate = attribution.app
    ? attribution.app.perPageViewMs + school.questions.length * attribution.app.perAnswerMs
    : null;
  const errorsTotal = [...recorder.errors.values()].reduce((a, b) => a + b, 0);
  const failures: string[] = [];
  if (verified.lost > 0) failures.push(`${verified.lost} confirmed answers lost`);
  if (verified.duplicated > 0) failures.push(`${verified.duplicated} answers stored twice`);
  if (signOut.after.some((c) => c.accepted))
    failures.push(
      `the signed-out cookie was accepted on ${signOut.after
        .filter((c) => c.accepted)
        .map((c) => c.instance)
        .join(", ")}`,
    );
  if (!signOut.before.every((c) => c.accepted))
    failures.push("the sign-out check's cookie was refused before signing out (the check proved nothing)");
  if (recorder.gaveUp > 0) failures.push(`${recorder.gaveUp} requests given up after two minutes of retries`);

  const run: ClusterRun = {
    date: new Date().toISOString(),
    machine: machine(),
    command: "npm run bench:cluster",
    minutes: (Date.now() - started) / 60_000,
    setup: {
      instances: INSTANCES,
      teachers: TEACHERS,
      students: STUDENTS,
      classes,
      lesson: school.lessonId,
      questionsPerStudent: school.questions.length,
      rampSeconds: RAMP_SECONDS,
      thinkSeconds: THINK_SECONDS,
      teacherThinkSeconds: TEACHER_THINK_SECONDS,
      build,
      prepareSeconds,
      postgres: `PostgreSQL ${path.basename(path.dirname(bin))}`,
    },
    loadSeconds,
    answers: {
      expected: STUDENTS * school.questions.length,
      ...verified,
      storedOnReplica,
      perSecond: count("answer submit") / loadSeconds,
      peakPerSecond10s: peakPerSecond(recorder.answerTimes),
    },
    latency: Object.fromEntries([...recorder.latencies].map(([k, v]) => [k, latency(v)])),
    clientErrors: {
      total: errorsTotal,
      retried: recorder.retried,
      gaveUp: recorder.gaveUp,
      // From the kill until 10 s after the replacement was healthy.
      aroundKill: recorder.errorTimes.filter((at) => at >= skip[0] && at <= skip[1]).length,
      byKind: Object.fromEntries(recorder.errors),
      samples: Object.fromEntries(recorder.samples),
    },
    kill,
    signOut,
    replicaTransactions,
    replicaLag: {
      replayLagMs: stat(lagSamples.map((s) => s.replayLagMs)),
      lastReplayAgeMs: stat(lagSamples.map((s) => s.replayAgeMs)),
      unreplayedBytes: stat(lagSamples.map((s) => s.unreplayedBytes)),
    },
    cpu: {
      appMs: cpuMs.app ?? 0,
      primaryMs: cpuMs.primary ?? 0,
      replicaMs: cpuMs.replica ?? 0,
      haproxyMs: cpuMs.haproxy ?? 0,
      loadGeneratorMs: (self.user + self.system) / 1000,
      machineMs: cpu.machineMs,
      otherMs: Math.max(
        0,
        cpu.machineMs - Object.values(cpuMs).reduce((a, b) => a + b, 0) - (self.user + self.system) / 1000,
      ),
      machineBusyShare: cpu.machineMs / (loadMs * os.cpus().length),
    },
    instancePeakRssMb: peakRss,
    attribution,
    derived: {
      pageViews,
      requests,
      appCpuMsPerRequest: (cpuMs.app ?? 0) / requests,
      appCpuMsPerAnswer: (cpuMs.app ?? 0) / verified.confirmed,
      appCpuMsPerPageView: (cpuMs.app ?? 0) / pageViews,
      primaryCpuMsPerAnswer: (cpuMs.primary ?? 0) / verified.confirmed,
      answersPerSecondPerPrimaryCore: verified.confirmed / ((cpuMs.primary ?? 0) / 1000),
      answersPerSecondPerPrimaryCoreEstimate: attribution.primary ? 1000 / attribution.primary.perAnswerMs : null,
      appCpuMsPerStudentLesson: lessonMs,
      studentActiveSeconds,
      studentsPerAppCore: (studentActiveSeconds * 1000) / lessonMs,
      appCpuMsPerStudentLessonEstimate: lessonEstimate,
      studentsPerAppCoreEstimate: lessonEstimate ? (studentActiveSeconds * 1000) / lessonEstimate : null,
      meanConcurrentStudents: recorder.studentActiveMs / loadMs,
    },
    failures,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(run, null, 2)}\n`);
  writeClusterDoc(DOC, clusterSection(run));
  log(`written to ${RESULTS} and ${DOC} (${run.minutes.toFixed(1)} min)`);
  log(
    `answers: ${verified.confirmed} confirmed, ${verified.stored} stored, ${verified.duplicated} duplicated, ${verified.lost} lost; ${errorsTotal} failed requests retried`,
  );
  if (failures.length > 0) {
    log(`FAILED: ${failures.join("; ")}`);
    for (const i of instances) log(`--- ${i.name} log (tail)\n${readFileSync(i.logFile, "utf8").slice(-1500)}`);
    process.exitCode = 1;
  }
}

// `--render`: rewrites the section of docs/benchmarks.md from the last run's JSON, without running.
const run = process.argv.includes("--render")
  ? async () => writeClusterDoc(DOC, clusterSection(JSON.parse(readFileSync(RESULTS, "utf8")) as ClusterRun))
  : main;

run()
  .catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
