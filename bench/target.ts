/**
 * One database target of `npm run bench` (run by bench/run.ts): the app on a production build
 * (`next start` through `npm start`'s launcher) on the embedded database or on a Postgres cluster
 * this run creates on its own port, the floor app beside it, and every measurement of issue 7.
 * Leaves nothing behind: its data dir, cluster and servers go on exit, however it ends.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findActionId } from "./lib/answer-action";
import { startApp } from "./lib/app-server";
import { listLessonAnswers } from "./lib/bench-data";
import { onCleanup, runCleanups } from "./lib/cleanup";
import { buildFloor, startFloor } from "./lib/floor-server";
import { findPostgresBin, createCluster, type PostgresCluster } from "./lib/postgres-cluster";
import { CHROMIUM } from "./lib/lighthouse";
import { killEmbeddedOwner, restartCluster, type Outage } from "./lib/outages";
import { measureAll, type Context } from "./lib/measure";

const [mode, outFile] = process.argv.slice(2) as ["embedded" | "server", string];
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 3310);
const DIST_DIR = ".next-bench";
const log = (line: string) => console.error(`${mode}: ${line}`);

type Database = { url: string; appEnv: Record<string, string>; outages: Outage[]; cluster?: PostgresCluster };

async function embeddedDatabase(): Promise<Database> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "byline-bench-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = path.join(dir, "pglite");
  const port = String(PORT_BASE + 10);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    appEnv: { BYLINE_DATA_DIR: dataDir, BYLINE_DB_PORT: port },
    outages: [killEmbeddedOwner(dataDir, url, "SIGTERM"), killEmbeddedOwner(dataDir, url, "SIGKILL")],
  };
}

async function serverDatabase(): Promise<Database> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL's server binaries are not installed (apt-get install postgresql)");
  const cluster = createCluster(bin, PORT_BASE + 20);
  onCleanup(() => cluster.destroy());
  await cluster.start();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("create database byline_bench");
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, "/byline_bench");
  return { url, appEnv: { DATABASE_URL: url }, outages: [restartCluster(cluster, 3000)], cluster };
}

async function main() {
  const secret = randomBytes(32).toString("base64url");
  const database = mode === "embedded" ? await embeddedDatabase() : await serverDatabase();
  log("starting the app (builds it first when the build is missing or stale)");
  // A student answers a few questions a minute; a benchmark student back to back, several a
  // second. The limit's counter still runs (it is part of what an answer costs), at a ceiling
  // the benchmark cannot reach.
  const limits = { BYLINE_LIMIT_ANSWERS_ACCOUNT: "1000000/1m" };
  const app = await startApp(
    { ...database.appEnv, ...limits, AUTH_SECRET: secret, BYLINE_DIST_DIR: DIST_DIR },
    PORT_BASE,
    log,
  );
  onCleanup(() => app.stop());
  buildFloor(log);
  const floor = await startFloor(PORT_BASE + 1);
  onCleanup(() => floor.stop());
  const client = new pg.Client({ connectionString: database.url });
  client.on("error", () => {});
  await client.connect();
  onCleanup(() => client.end().catch(() => {}));
  const context: Context = {
    mode,
    secret,
    app: app.url,
    floor: floor.url,
    dbUrl: database.url,
    client,
    actionId: findActionId(DIST_DIR),
    answers: await listLessonAnswers(client),
    outages: database.outages,
    cluster: database.cluster,
    lighthouse: mode === "embedded" && process.env.BENCH_LIGHTHOUSE !== "0" && existsSync(CHROMIUM),
    log,
  };
  const result = await measureAll(context);
  writeFileSync(outFile, JSON.stringify(result, null, 2));
}

main()
  .catch((err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  })
  .finally(() => runCleanups());
