import { gzipSync } from "node:zlib";
import type pg from "pg";
import type autocannon from "autocannon";
import { answerRequest, submitAnswer, type Answer } from "./answer-action";
import { createStudents } from "./bench-data";
import { runBurst, type BurstResult } from "./burst";
import { cannon } from "./cannon";
import { measureFloors, type FloorResult } from "./floors";
import { pacedStudents } from "./paced";
import { lighthouseScores, type LighthouseScore } from "./lighthouse";
import type { LoadResult } from "./load";
import type { Outage } from "./outages";
import { firstLoadJs, get, measureAnswer, measurePage, type AnswerPayload, type PagePayload } from "./payload";
import type { PostgresCluster } from "./postgres-cluster";
import { countRoundTrips, type CountedStatements } from "./round-trips";
import { teacherDashboard, withClient } from "./db-client";

export type Context = {
  mode: "embedded" | "server";
  secret: string;
  app: string;
  floor: string;
  dbUrl: string;
  client: pg.Client;
  actionId: string;
  answers: Answer[];
  outages: Outage[];
  cluster?: PostgresCluster;
  lighthouse: boolean;
  log: (line: string) => void;
};

export type TargetResult = {
  mode: string;
  floors: FloorResult[];
  submissions: LoadResult & {
    students: number;
    connections: number;
    alone: LoadResult;
    paced: LoadResult & { everySeconds: number };
  };
  payload: {
    pages: PagePayload[];
    floorJsGzip: number;
    answer: Omit<AnswerPayload, "body"> & { sample: string };
    /** The quiz's state the lesson page fetches on load (largest lesson's), raw and gzipped bytes. */
    quizState?: { path: string; bytes: number; gzip: number };
  };
  roundTrips?: { answer: CountedStatements; quizPage: CountedStatements };
  burst: BurstResult;
  restarts: (BurstResult & { outage: string; outageMs: number })[];
  lighthouse?: LighthouseScore[];
};

const SUBMIT_CONNECTIONS = 35;
const SUBMIT_SECONDS = Number(process.env.BENCH_SUBMIT_SECONDS ?? 20);
const PACED_EVERY_SECONDS = 1;
const BURST_STUDENTS = Number(process.env.BENCH_BURST_STUDENTS ?? 300);
const RESTART_STUDENTS = Number(process.env.BENCH_RESTART_STUDENTS ?? 200);

/** The app's most static page: the privacy notice when the app has one, else the landing page. */
async function appStaticPage(c: Context): Promise<string> {
  const privacy = await fetch(`${c.app}/privacy`, { redirect: "manual" }).then(
    (r) => r.text().then(() => r.status),
    () => 0,
  );
  return privacy === 200 ? "/privacy" : "/";
}

async function floors(c: Context): Promise<FloorResult[]> {
  const students = await createStudents(c.client, c.secret, "page", 10);
  const lesson = c.answers[0]!.lessonId;
  const staticPath = await appStaticPage(c);
  c.log("floors");
  return measureFloors(
    [
      { key: "floorStatic", name: "Floor app: static page", url: `${c.floor}/static`, expect: "A static page" },
      {
        key: "floorStaticProxied",
        name: "Floor app: the same static page behind a one-line proxy",
        url: `${c.floor}/static-behind-proxy`,
        expect: "A static page",
      },
      {
        key: "floorDynamic",
        name: "Floor app: trivial dynamic page",
        url: `${c.floor}/dynamic`,
        expect: "Rendered at",
      },
      {
        key: "floorArticle",
        name: "Floor app: the same hole in a lesson-sized page (40 paragraphs)",
        url: `${c.floor}/dynamic-article`,
        expect: "Rendered at",
      },
      {
        key: "appStatic",
        name: `App: ${staticPath}, signed out (prerendered whole)`,
        url: c.app + staticPath,
        expect: "</html>",
      },
      {
        key: "quiz",
        name: `App: lesson document /lessons/${lesson}, signed-in student (prerendered whole, the same for every reader)`,
        url: `${c.app}/lessons/${lesson}`,
        cookies: students.map((s) => s.cookie),
        expect: "Loading your quiz…",
      },
      // The lesson page asks this on load: the student's own quiz (components/quiz/live-quiz-panel.tsx).
      {
        key: "quizState",
        name: `App: the quiz's state /api/lessons/${lesson}/quiz, signed-in student (the page's request on load; also tells the header who is signed in)`,
        url: `${c.app}/api/lessons/${lesson}/quiz`,
        cookies: students.map((s) => s.cookie),
        expect: '"kind":"quiz"',
      },
      {
        key: "quizPerRequest",
        name: `App: the quiz rendered per request /lessons/${lesson}/quiz, signed-in student (without JavaScript)`,
        url: `${c.app}/lessons/${lesson}/quiz`,
        cookies: students.map((s) => s.cookie),
        expect: "Check answer",
      },
      // Other pages' views ask this from the browser (the header's user menu); a lesson view only
      // when the cookie is due its renewal (the quiz's state says who is signed in).
      {
        key: "session",
        name: "App: the header's session request (/api/auth/session, signed-in student: re-checks the account, renews the cookie)",
        url: `${c.app}/api/auth/session`,
        cookies: students.map((s) => s.cookie),
        expect: '"role"',
      },
    ],
    c.log,
  );
}

/**
 * 35 students answering back to back (closed loop), each working through every question of
 * every lesson in order, so nearly every submission stores a new answer as a real one would.
 */
async function submissions(c: Context): Promise<TargetResult["submissions"]> {
  const students = await createStudents(c.client, c.secret, "load", SUBMIT_CONNECTIONS * 8);
  const queues = Array.from({ length: SUBMIT_CONNECTIONS }, (_, w) =>
    students.filter((_, i) => i % SUBMIT_CONNECTIONS === w).flatMap((s) => c.answers.map((a) => ({ s, a }))),
  );
  const perConnection = (w: number): autocannon.Request[] => [
    {
      setupRequest: (request) => {
        const next = queues[w]!.shift() ?? { s: students[w]!, a: c.answers[0]! };
        const { method, path, headers, body } = answerRequest(c.app, c.actionId, next.s.cookie, next.a);
        return { ...request, method, path, headers, body };
      },
    },
  ];
  const accept = (status: number, body: string) => status === 200 && body.includes('"feedback"');
  // One student alone first: the time one submission takes with no queue in front of it.
  const alone = await cannon({ url: c.app, connections: 1, seconds: 5, perConnection, accept }, 1);
  c.log(
    `answer submissions: one student alone ${alone.perSecond.toFixed(0)} submits/s, p50 ${alone.p50.toFixed(1)} ms; now ${SUBMIT_CONNECTIONS} students for ${SUBMIT_SECONDS} s`,
  );
  const result = await cannon(
    { url: c.app, connections: SUBMIT_CONNECTIONS, seconds: SUBMIT_SECONDS, perConnection, accept },
    3,
  );
  c.log(
    `  ${result.perSecond.toFixed(0)} submits/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, errors ${result.errors}`,
  );
  // In a closed loop latency is 35 / throughput (Little's law); paced students show what one
  // answer takes in a busy class that the server keeps up with.
  const paced = await pacedStudents(SUBMIT_CONNECTIONS, 15, PACED_EVERY_SECONDS * 1000, async (w) => {
    const next = queues[w]!.shift() ?? { s: students[w]!, a: c.answers[0]! };
    return (await submitAnswer(c.app, c.actionId, next.s.cookie, next.a)).feedback;
  });
  c.log(
    `  paced, each student every ${PACED_EVERY_SECONDS} s: ${paced.perSecond.toFixed(0)} submits/s, p50 ${paced.p50.toFixed(1)} ms, p95 ${paced.p95.toFixed(1)} ms`,
  );
  return {
    ...result,
    students: students.length,
    connections: SUBMIT_CONNECTIONS,
    alone,
    paced: { ...paced, everySeconds: PACED_EVERY_SECONDS },
  };
}

async function payloads(c: Context): Promise<TargetResult["payload"]> {
  const [student] = await createStudents(c.client, c.secret, "payload", 1);
  const lessons = [...new Set(c.answers.map((a) => a.lessonId))];
  const pages: PagePayload[] = [];
  for (const lesson of lessons) pages.push(await measurePage(c.app, `/lessons/${lesson}`, student!.cookie));
  const states = await Promise.all(
    lessons.map(async (lesson) => {
      const path = `/api/lessons/${lesson}/quiz`;
      const text = await get(c.app + path, { cookie: student!.cookie });
      return { path, bytes: Buffer.byteLength(text), gzip: gzipSync(text).length };
    }),
  );
  const quizState = states.sort((a, b) => b.bytes - a.bytes)[0];
  const { body, ...answer } = await measureAnswer(c.app, c.actionId, student!.cookie, c.answers[0]!);
  // The framework's own share: the same Next's runtime for a page with no client component.
  const floorJs = await firstLoadJs(c.floor, await get(`${c.floor}/dynamic`));
  return { pages, floorJsGzip: floorJs.gzip, answer: { ...answer, sample: body }, quizState };
}

async function roundTrips(c: Context): Promise<TargetResult["roundTrips"]> {
  const students = await createStudents(c.client, c.secret, "trips", 2);
  const [warm, counted] = students.map((s) => s.cookie) as [string, string];
  const a = c.answers[1]!;
  const post = (cookie: string) => submitAnswer(c.app, c.actionId, cookie, a);
  // A first submission and page view open the pool's connections, so connecting is not counted.
  await post(warm);
  const view = (cookie: string) =>
    Promise.all(
      [`/lessons/${a.lessonId}`, `/api/lessons/${a.lessonId}/quiz`].map((path) =>
        fetch(c.app + path, { headers: { cookie } }).then((r) => r.text()),
      ),
    );
  await view(warm);
  const answer = await countRoundTrips(c.cluster!, c.client, () => post(counted));
  // A lesson view: the prerendered document (no statement) and the quiz's state.
  const quizPage = await countRoundTrips(c.cluster!, c.client, () => view(counted));
  return { answer, quizPage };
}

async function burst(c: Context): Promise<BurstResult> {
  const students = await createStudents(c.client, c.secret, "burst", BURST_STUDENTS);
  c.log(`burst: ${students.length} students answer one question within 5 s`);
  const result = await runBurst(
    { baseUrl: c.app, actionId: c.actionId, students, answer: c.answers[2]!, windowMs: 5000 },
    c.dbUrl,
  );
  c.log(
    `  acknowledged ${result.acknowledged}, stored ${result.stored}, duplicates ${result.duplicates}, last at ${result.lastAckMs.toFixed(0)} ms`,
  );
  return result;
}

/** During each burst the database goes away (killed or stopped) and comes back. */
async function restarts(c: Context): Promise<TargetResult["restarts"]> {
  const results: TargetResult["restarts"] = [];
  for (const [i, outage] of c.outages.entries()) {
    const students = await withClient(c.dbUrl, (client) =>
      createStudents(client, c.secret, `restart${i}`, RESTART_STUDENTS),
    );
    let outageMs = Number.NaN;
    c.log(`restart: ${outage.name}, during ${students.length} answers over 6 s`);
    const disruption = { atMs: 1500, run: async () => ({ outageMs } = await outage.run()) };
    const result = await runBurst(
      { baseUrl: c.app, actionId: c.actionId, students, answer: c.answers[3 + i]!, windowMs: 6000, disruption },
      c.dbUrl,
    );
    c.log(
      `  outage ${(outageMs / 1000).toFixed(1)} s; acknowledged ${result.acknowledged}, stored ${result.stored}, lost ${result.lostAcknowledged}, failures ${JSON.stringify(result.failures)}`,
    );
    results.push({ ...result, outage: outage.name, outageMs });
  }
  return results;
}

async function lighthouse(c: Context): Promise<LighthouseScore[]> {
  const [student] = await createStudents(c.client, c.secret, "lighthouse", 1);
  const teacher = await teacherDashboard(c.client, c.secret);
  c.log("Lighthouse (mobile preset, median of 3 runs per page)");
  return lighthouseScores([
    { name: "Home (landing page)", url: `${c.app}/` },
    {
      name: "Lesson page, signed-in student",
      url: `${c.app}/lessons/${c.answers[0]!.lessonId}`,
      cookie: student!.cookie,
    },
    { name: "Dashboard: the teacher's class page", url: `${c.app}${teacher.path}`, cookie: teacher.cookie },
    // What the framework alone scores here: a static page shipping only Next's own JS.
    { name: "Reference: the floor app's static page", url: `${c.floor}/static` },
  ]);
}

export async function measureAll(c: Context): Promise<TargetResult> {
  const floorResults = await floors(c);
  const payload = await payloads(c);
  const trips = c.cluster ? await roundTrips(c) : undefined;
  const load = await submissions(c);
  const burstResult = await burst(c);
  const scores = c.lighthouse ? await lighthouse(c) : undefined;
  const restartResults = await restarts(c);
  return {
    mode: c.mode,
    floors: floorResults,
    submissions: load,
    payload,
    roundTrips: trips,
    burst: burstResult,
    restarts: restartResults,
    lighthouse: scores,
  };
}
