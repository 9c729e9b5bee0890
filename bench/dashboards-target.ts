/**
 * One database target of `npm run bench:dashboards` (run by bench/dashboards.ts with
 * `--conditions=react-server`, so the app's `server-only` query modules load here):
 * starts the app on that database, seeds the large school once (cached), loads each dashboard
 * page with 10 concurrent teachers, and explains the queries behind the pages.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/passwords";
import { startApp } from "./lib/app-server";
import { captureQueries, explain, installQueryCapture, type ExplainedQuery } from "./lib/explain";
import { runLoad, type LoadResult } from "./lib/load";
import { listMeasuredTeachers, schoolIsSeeded, seedSchool, type MeasuredTeacher } from "./lib/school-seed";
import { openBenchSession } from "./lib/db-client";
import { sessionCookie } from "./lib/session-cookie";

const [mode, outFile] = process.argv.slice(2) as ["embedded" | "server", string];
const TARGET_ANSWERS = Number(process.env.BENCH_ANSWERS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3300);
const log = (line: string) => console.error(line);

// The last two are not dashboards: they are the floor the same server reaches on light pages, so
// the dashboard figures can be read against what any page costs here. A page whose figures load
// in the browser is measured as its view: the document, then the request its page makes on load.
const PAGES: { name: string; paths: (t: MeasuredTeacher) => string[]; reference?: boolean }[] = [
  {
    name: "Class page (assignments, roster with work, forms): the view, prerendered document + its figures (JSON)",
    paths: (t) => [`/teach/classes/${t.classId}`, `/api/teach/classes/${t.classId}`],
  },
  {
    name: "Class page rendered per request (`?plain`, browsers without JavaScript)",
    paths: (t) => [`/teach/classes/${t.classId}?plain`],
  },
  {
    name: "Class report (overview, skills, heatmap): the view, prerendered document + its figures (JSON)",
    paths: (t) => [`/teach/classes/${t.classId}/report`, `/api/teach/classes/${t.classId}/report`],
  },
  {
    name: "Class report rendered per request (`?plain`, browsers without JavaScript)",
    paths: (t) => [`/teach/classes/${t.classId}/report?plain`],
  },
  {
    name: "Assignment report (grid, distribution, item analysis): the view, prerendered document + its figures (JSON)",
    paths: (t) => [
      `/teach/classes/${t.classId}/assignments/${t.assignmentId}/report`,
      `/api/teach/classes/${t.classId}/assignments/${t.assignmentId}/report`,
    ],
  },
  {
    name: "Assignment report rendered per request (`?plain`, browsers without JavaScript)",
    paths: (t) => [`/teach/classes/${t.classId}/assignments/${t.assignmentId}/report?plain`],
  },
  {
    name: "Student view: the view, prerendered document + its figures (JSON)",
    paths: (t) => [
      `/teach/classes/${t.classId}/students/${t.studentId}`,
      `/api/teach/classes/${t.classId}/students/${t.studentId}`,
    ],
  },
  {
    name: "Student view rendered per request (`?plain`, browsers without JavaScript)",
    paths: (t) => [`/teach/classes/${t.classId}/students/${t.studentId}?plain`],
  },
  { name: "CSV: every answer", paths: (t) => [`/teach/classes/${t.classId}/answers.csv`] },
  { name: "CSV: scores per student", paths: (t) => [`/teach/classes/${t.classId}/scores.csv`] },
  {
    name: "Reference: the teacher's class list (/teach, one small query)",
    paths: () => ["/teach"],
    reference: true,
  },
  { name: "Reference: the landing page (/, no query)", paths: () => ["/"], reference: true },
];

async function databaseUrl(): Promise<{ url: string; appEnv: Record<string, string> }> {
  if (mode === "embedded") {
    const port = process.env.BENCH_EMBEDDED_PORT ?? "54600";
    const dataDir = path.resolve(".bench-data/school/pglite");
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      appEnv: { BYLINE_DATA_DIR: dataDir, BYLINE_DB_PORT: port },
    };
  }
  const admin = process.env.BENCH_PG_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const { rows } = await client.query("select 1 from pg_database where datname = 'byline_bench_school'");
  if (rows.length === 0) await client.query("create database byline_bench_school");
  await client.end();
  const url = new URL(admin);
  url.pathname = "/byline_bench_school";
  return { url: url.toString(), appEnv: { DATABASE_URL: url.toString() } };
}

async function main() {
  const secret = randomBytes(32).toString("base64url");
  const { url, appEnv } = await databaseUrl();
  log(`${mode}: starting the app`);
  const app = await startApp({ ...appEnv, AUTH_SECRET: secret, BYLINE_DIST_DIR: ".next-bench" }, APP_PORT, log);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    if (!(await schoolIsSeeded(client, TARGET_ANSWERS))) {
      log(`${mode}: seeding the school (about ${TARGET_ANSWERS.toLocaleString("en")} answers; cached for later runs)`);
      await seedSchool(client, TARGET_ANSWERS, await hashPassword("bench-not-for-sign-in"), log);
    }
    const {
      rows: [sizes],
    } = await client.query<{ answers: number; attempts: number; classes: number; students: number }>(
      `select (select count(*) from answers)::int as answers, (select count(*) from attempts)::int as attempts,
              (select count(*) from classes)::int as classes, (select count(*) from users where role = 'student')::int as students`,
    );
    const teachers = await listMeasuredTeachers(client);
    const cookies: string[] = [];
    for (const t of teachers)
      cookies.push(
        await sessionCookie(secret, { id: t.id, role: "teacher", sessionId: await openBenchSession(client, t.id) }),
      );
    const pages: (LoadResult & { name: string; reference: boolean })[] = [];
    for (const page of PAGES) {
      for (const path of page.paths(teachers[0]!)) {
        const check = await fetch(app.url + path, { headers: { cookie: cookies[0]! }, redirect: "manual" });
        if (check.status !== 200)
          throw new Error(`${page.name}: ${path} answered ${check.status}: the benchmark would measure an error page`);
        await check.arrayBuffer();
      }
      log(`${mode}: ${page.name}`);
      const result = await runLoad(
        teachers.map((t, i) => ({ urls: page.paths(t).map((p) => app.url + p), cookie: cookies[i]! })),
        SECONDS,
      );
      pages.push({ name: page.name, reference: page.reference ?? false, ...result });
      log(
        `  p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.perSecond.toFixed(1)} req/s, errors ${result.errors}`,
      );
    }
    const explains = await explainQueries(client, url, teachers[0]!);
    writeFileSync(
      outFile,
      JSON.stringify({ mode, sizes, teachers: teachers.length, seconds: SECONDS, pages, explains }, null, 2),
    );
  } finally {
    await client.end();
    await app.stop();
  }
}

/** Runs each report query as the first measured teacher and explains every statement it sends. */
async function explainQueries(client: pg.Client, url: string, t: MeasuredTeacher): Promise<ExplainedQuery[]> {
  process.env[mode === "embedded" ? "BYLINE_EMBEDDED_DATABASE_URL" : "DATABASE_URL"] = url;
  installQueryCapture();
  const viewer = { id: t.id, role: "teacher" as const };
  const overview = await import("@/db/queries/reports/class-overview");
  const skills = await import("@/db/queries/reports/class-skills");
  const report = await import("@/db/queries/reports/assignment-report");
  const items = await import("@/db/queries/reports/item-analysis");
  const student = await import("@/db/queries/reports/student-report");
  const exports = await import("@/db/queries/reports/exports");
  const rosters = await import("@/db/queries/rosters");
  const assignments = await import("@/db/queries/assignments");
  const attemptIds = await exports.listExportAttemptIds(viewer, t.classId);
  const calls: [string, () => Promise<unknown>][] = [
    ["listRoster (class page)", () => rosters.listRoster(viewer, t.classId)],
    ["listClassAssignments (class page)", () => assignments.listClassAssignments(viewer, t.classId)],
    ["listAssignmentOverview", () => overview.listAssignmentOverview(viewer, t.classId)],
    ["listClassSkillScores", () => skills.listClassSkillScores(viewer, t.classId)],
    ["getAssignmentHeader", () => report.getAssignmentHeader(viewer, t.classId, t.assignmentId)],
    ["listAssignmentGrid", () => report.listAssignmentGrid(viewer, t.classId, t.assignmentId)],
    ["listItemStatistics", () => items.listItemStatistics(viewer, t.classId, t.assignmentId)],
    ["listStudentClassAttempts", () => student.listStudentClassAttempts(viewer, t.classId, t.studentId)],
    ["listStudentMasteryTimeline", () => student.listStudentMasteryTimeline(viewer, t.classId, t.studentId, "UTC")],
    ["listExportAttemptIds (CSV)", () => exports.listExportAttemptIds(viewer, t.classId)],
    [
      "listAnswersForExport, one chunk of 200 attempts (CSV)",
      () => exports.listAnswersForExport(viewer, t.classId, attemptIds.slice(0, 200)),
    ],
    ["listStudentScores, one page (CSV)", () => exports.listStudentScores(viewer, t.classId, null, 200)],
  ];
  const explained: ExplainedQuery[] = [];
  for (const [name, call] of calls) {
    for (const query of await captureQueries(call)) explained.push(await explain(client, name, query));
  }
  const { closeDb } = await import("@/db");
  await closeDb();
  return explained;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
