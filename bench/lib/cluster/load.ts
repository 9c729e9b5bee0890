import { answerRequest, isFeedbackFor } from "../answer-action";
import type { SeededStudent, SeededTeacher, School } from "./seed";

export type Kind =
  | "lesson page"
  | "session request"
  | "quiz state"
  | "answer submit"
  | "class report"
  | "assignment report"
  | "report figures"
  | "CSV export";

/** What the clients saw: latencies of the requests that succeeded, and every failure (then retried). */
export class Recorder {
  readonly latencies = new Map<Kind, number[]>();
  readonly errors = new Map<string, number>();
  readonly samples = new Map<string, string>();
  retried = 0;
  gaveUp = 0;
  /** When each answer was confirmed (ms since the recorder was made), for the busiest window. */
  readonly answerTimes: number[] = [];
  /** Summed time students spent from opening the lesson to their last answer. */
  studentActiveMs = 0;
  private readonly started = performance.now();

  confirmedAnswer(): void {
    this.answerTimes.push(performance.now() - this.started);
  }

  /** When each successful request ended (performance.now()), by kind, for the CPU attribution. */
  readonly ends = new Map<Kind, number[]>();

  ok(kind: Kind, ms: number): void {
    if (!this.latencies.has(kind)) this.latencies.set(kind, []);
    this.latencies.get(kind)!.push(ms);
    if (!this.ends.has(kind)) this.ends.set(kind, []);
    this.ends.get(kind)!.push(performance.now());
  }

  /** When each failure was seen (performance.now()), to tell the kill's from the others. */
  readonly errorTimes: number[] = [];

  error(kind: Kind, what: string, body = ""): void {
    this.errorTimes.push(performance.now());
    const key = `${kind}: ${what}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
    if (!this.samples.has(key)) this.samples.set(key, body.slice(0, 300));
  }

  count(kind: Kind): number {
    return this.latencies.get(kind)?.length ?? 0;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);
const GIVE_UP_MS = 120_000;

type Outcome = { ok: true } | { ok: false; what: string; body: string };

/**
 * One request, retried with backoff until it succeeds (as a student pressing the button again,
 * or a browser reloading), for at most two minutes. Only successful requests' latencies count.
 */
async function withRetries(
  recorder: Recorder,
  kind: Kind,
  send: () => Promise<{ status: number; body: string }>,
  check: (status: number, body: string) => Outcome,
): Promise<{ ok: boolean; ms: number; body?: string }> {
  const first = performance.now();
  for (let attempt = 0; performance.now() - first < GIVE_UP_MS; attempt++) {
    if (attempt > 0) {
      recorder.retried += 1;
      await sleep(Math.min(4000, 200 * 2 ** attempt) * between(0.5, 1.5));
    }
    const started = performance.now();
    let outcome: Outcome;
    let text = "";
    try {
      const { status, body } = await send();
      text = body;
      outcome = check(status, body);
    } catch (err) {
      const cause = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
      outcome = { ok: false, what: `no response (${cause})`, body: "" };
    }
    if (outcome.ok) {
      recorder.ok(kind, performance.now() - started);
      return { ok: true, ms: performance.now() - first, body: text };
    }
    recorder.error(kind, outcome.what, outcome.body);
  }
  recorder.gaveUp += 1;
  return { ok: false, ms: performance.now() - first };
}

async function get(url: string, cookie: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
  return { status: response.status, body: await response.text() };
}

const expect200 = (status: number, body: string): Outcome =>
  status === 200 ? { ok: true } : { ok: false, what: `HTTP ${status}`, body };

export type LoadOptions = {
  baseUrl: string;
  actionId: string;
  school: School;
  rampMs: number;
  thinkMs: [number, number];
  teacherThinkMs: [number, number];
};

/** Confirmed answers: student id → question ids the app confirmed with feedback. */
export type Confirmed = Map<string, Set<string>>;

/**
 * A student: opens the assigned lesson (the document, then the quiz's state, which also tells the
 * header who is signed in; the header's session request only when that says the cookie is due
 * its renewal, as in the browser), then answers each question after thinking, loading the quiz's
 * next state after each.
 */
async function student(o: LoadOptions, s: SeededStudent, startAt: number, recorder: Recorder, confirmed: Confirmed) {
  await sleep(startAt);
  const began = performance.now();
  const pagePath = `/lessons/${o.school.lessonId}?assignment=${s.assignmentId}`;
  await withRetries(recorder, "lesson page", () => get(o.baseUrl + pagePath, s.cookie), expect200);
  // The page is the same for everyone; the student's quiz comes in its own request, again after
  // each answer when the student moves on (components/quiz/live-quiz-panel.tsx).
  const statePath = `/api/lessons/${o.school.lessonId}/quiz?assignment=${s.assignmentId}`;
  let renewed = false;
  const quizState = async () => {
    const state = await withRetries(recorder, "quiz state", () => get(o.baseUrl + statePath, s.cookie), expect200);
    // The bench's cookies are never replaced, so one renewal per student stands for all of them.
    if (!renewed && state.body?.includes('"renewSession":true')) {
      renewed = true;
      await withRetries(recorder, "session request", () => get(`${o.baseUrl}/api/auth/session`, s.cookie), expect200);
    }
  };
  await quizState();
  const mine = new Set<string>();
  confirmed.set(s.id, mine);
  for (const q of o.school.questions) {
    await sleep(between(...o.thinkMs));
    const request = answerRequest(
      o.baseUrl,
      o.actionId,
      s.cookie,
      {
        lessonId: o.school.lessonId,
        questionId: q.questionId,
        chosen: q.chosen,
        assignmentId: s.assignmentId,
      },
      4000,
    );
    const result = await withRetries(
      recorder,
      "answer submit",
      async () => {
        const response = await fetch(o.baseUrl + request.path, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: "manual",
          signal: AbortSignal.timeout(60_000),
        });
        return { status: response.status, body: await response.text() };
      },
      (status, text) => {
        if (status === 200 && isFeedbackFor(text, q.questionId)) return { ok: true };
        const message = /"error":"([^"]+)"/.exec(text)?.[1];
        return { ok: false, what: status === 200 && message ? `200, “${message}”` : `HTTP ${status}`, body: text };
      },
    );
    if (result.ok) {
      mine.add(q.questionId);
      recorder.confirmedAnswer();
    }
    await quizState();
  }
  recorder.studentActiveMs += performance.now() - began;
}

/** A teacher: class report, assignment report, CSV export of one of their classes, with think times, until told to stop. */
async function teacher(o: LoadOptions, t: SeededTeacher, recorder: Recorder, until: () => boolean) {
  await sleep(between(0, o.teacherThinkMs[1]));
  const pages: [Kind, (k: SeededTeacher["classes"][number]) => string][] = [
    ["class report", (k) => `/teach/classes/${k.classId}/report`],
    ["assignment report", (k) => `/teach/classes/${k.classId}/assignments/${k.assignmentId}/report`],
    ["CSV export", (k) => `/teach/classes/${k.classId}/answers.csv`],
  ];
  for (let round = 0; !until(); round++) {
    const k = t.classes[round % t.classes.length]!;
    for (const [kind, path] of pages) {
      if (until()) return;
      await withRetries(recorder, kind, () => get(o.baseUrl + path(k), t.cookie), expect200);
      // A report's page is a file; the browser then fetches its figures (the same path under /api),
      // which also tell the header who is signed in: the session request only when the cookie is
      // due its renewal. A CSV download is one request.
      if (kind !== "CSV export") {
        const figures = await withRetries(
          recorder,
          "report figures",
          () => get(`${o.baseUrl}/api${path(k)}`, t.cookie),
          expect200,
        );
        if (figures.body?.includes('"renewSession":true'))
          await withRetries(
            recorder,
            "session request",
            () => get(`${o.baseUrl}/api/auth/session`, t.cookie),
            expect200,
          );
      }
      await sleep(between(...o.teacherThinkMs));
    }
  }
}

/** Students start evenly over the ramp; teachers keep loading reports until the last student is done. */
export async function runLoad(o: LoadOptions, recorder: Recorder): Promise<{ confirmed: Confirmed; ms: number }> {
  const confirmed: Confirmed = new Map();
  const started = performance.now();
  let done = false;
  const step = o.rampMs / o.school.students.length;
  const teachers = Promise.all(
    o.school.teachers.filter((t) => t.classes.length > 0).map((t) => teacher(o, t, recorder, () => done)),
  );
  await Promise.all(o.school.students.map((s, i) => student(o, s, i * step, recorder, confirmed)));
  done = true;
  await teachers;
  return { confirmed, ms: performance.now() - started };
}
