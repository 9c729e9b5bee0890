import { submitAnswer, type Answer, type Submission } from "./answer-action";
import { storedAnswers, type BenchStudent } from "./bench-data";
import { withClient } from "./db-client";
import { percentile } from "./load";

export type BurstOptions = {
  baseUrl: string;
  actionId: string;
  students: BenchStudent[];
  answer: Answer;
  /** Students start at even intervals over this window. */
  windowMs: number;
  /** An outage to cause while the burst runs (the restart check). */
  disruption?: { atMs: number; run: () => Promise<unknown> };
};

export type BurstResult = {
  students: number;
  acknowledged: number;
  requests: number;
  failures: Record<string, number>;
  /** The first response body of each kind of failure, as the client saw it. */
  samples: Record<string, string>;
  /** From a student's first send to the confirmation they saw, retries included. */
  p50: number;
  p95: number;
  max: number;
  lastAckMs: number;
  stored: number;
  duplicates: number;
  lostAcknowledged: number;
  ok: boolean;
};

const GIVE_UP_MS = 90_000;

function describeFailure(s: Submission): string {
  if (s.networkError) return `no response (${s.networkError})`;
  const message = /"error":"([^"]+)"/.exec(s.body)?.[1];
  if (s.status === 200 && message) return `200, the action answered: “${message}”`;
  return s.status === 200 ? "200 without feedback" : `HTTP ${s.status}`;
}

/** One student: submit, and on any failure retry with backoff, as the quiz form's user would. */
async function student(
  o: BurstOptions,
  s: BenchStudent,
  startAt: number,
  t0: number,
  record: (f: string, body?: string) => void,
) {
  await new Promise((r) => setTimeout(r, Math.max(0, t0 + startAt - performance.now())));
  const first = performance.now();
  for (let attempt = 0; performance.now() - first < GIVE_UP_MS; attempt++) {
    const result = await submitAnswer(o.baseUrl, o.actionId, s.cookie, o.answer);
    record("");
    if (result.feedback) return { ms: performance.now() - first, at: performance.now() - t0 };
    record(describeFailure(result), result.body);
    await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt) * (0.5 + Math.random())));
  }
  return null;
}

/**
 * Every student answers the same question once within the window, retrying failures; then the
 * database must hold exactly one answer per student, with what each confirmed answer said.
 */
export async function runBurst(o: BurstOptions, dbUrl: string): Promise<BurstResult> {
  const failures: Record<string, number> = {};
  const samples: Record<string, string> = {};
  let requests = 0;
  const record = (f: string, body = "") => {
    if (!f) return void requests++;
    failures[f] = (failures[f] ?? 0) + 1;
    samples[f] ??= body.slice(0, 300);
  };
  const t0 = performance.now();
  const step = o.windowMs / o.students.length;
  const disruption = o.disruption
    ? new Promise((r) => setTimeout(r, o.disruption!.atMs)).then(o.disruption.run)
    : Promise.resolve();
  const [acks] = await Promise.all([
    Promise.all(o.students.map((s, i) => student(o, s, i * step, t0, record))),
    disruption,
  ]);
  const acked = o.students.filter((_, i) => acks[i]);
  const stored = await withClient(dbUrl, (client) =>
    storedAnswers(
      client,
      o.answer.questionId,
      o.students.map((s) => s.id),
    ),
  );
  const perStudent = new Map<string, string[][]>();
  for (const row of stored) perStudent.set(row.userId, [...(perStudent.get(row.userId) ?? []), row.chosen]);
  const sameChoice = (chosen: string[] | undefined) =>
    chosen?.slice().sort().join() === o.answer.chosen.slice().sort().join();
  const lostAcknowledged = acked.filter((s) => !sameChoice(perStudent.get(s.id)?.[0])).length;
  const duplicates = [...perStudent.values()].filter((rows) => rows.length > 1).length;
  const times = acks.flatMap((a) => (a ? [a.ms] : [])).sort((a, b) => a - b);
  return {
    students: o.students.length,
    acknowledged: acked.length,
    requests,
    failures,
    samples,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    lastAckMs: Math.max(0, ...acks.flatMap((a) => (a ? [a.at] : []))),
    stored: stored.length,
    duplicates,
    lostAcknowledged,
    ok:
      acked.length === o.students.length &&
      stored.length === o.students.length &&
      duplicates === 0 &&
      lostAcknowledged === 0,
  };
}
