import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { loadContent } from "@/lib/content/load-content";

/**
 * Three app instances starting at once on one fresh Postgres database: one migrates and one loads
 * the content while the others wait (db/migrate.ts's and db/sync-content.ts's locks), the others
 * then find both done, and all three serve. Needs the local Postgres server
 * (127.0.0.1:5432, user postgres); it makes its own database, whatever the suite runs on.
 */
const SERVER = "postgres://postgres@127.0.0.1:5432";
// require.resolve, not a path.join: knip reads it as the helper's entry point.
const require = createRequire(import.meta.url);
const CHILD = require.resolve("../support/prepare-instance-process.ts");
const INSTANCES = 3;

const content = loadContent();
const dbName = `byline_three_${randomBytes(6).toString("hex")}`;
const tempDir = mkdtempSync(path.join(os.tmpdir(), "byline-three-"));
let client: Client;

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: `${SERVER}/postgres` });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

type Instance = { code: number | null; stdout: string; stderr: string };

/** A child's environment: this database only. The worker's own (embedded) database must not leak in. */
function instanceEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["POSTGRES_URL", "BYLINE_EMBEDDED_DATABASE_URL", "BYLINE_DATA_DIR", "NODE_ENV"]) delete env[name];
  return {
    ...env,
    DATABASE_URL: `${SERVER}/${dbName}`,
    // One connection each, as a serverless function keeps: the migration's lock must not need a
    // second one from the app's pool (it used to wait for one until the pool's timeout, and fail).
    BYLINE_DB_POOL_SIZE: "1",
    // The sync's report (how many versions it created) is logged at info.
    LOG_LEVEL: "info",
    // The first admin is created on start too: all three try, one row must result.
    BYLINE_ADMIN_EMAIL: "three-instances@example.org",
    BYLINE_ADMIN_PASSWORD: "three-instances-password",
  };
}

/** Starts every instance, waits until each is up and at the barrier, then lets them all go at once. */
async function startInstances(): Promise<Instance[]> {
  const barrier = path.join(tempDir, "go");
  const env = instanceEnv();
  const runs = Array.from({ length: INSTANCES }, () => {
    const proc = spawn(process.execPath, ["--import", "tsx", CHILD, barrier], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const result: Instance = { code: null, stdout: "", stderr: "" };
    const waiting = new Promise<void>((resolve) => {
      proc.stdout.on("data", (chunk: Buffer) => {
        result.stdout += chunk.toString();
        if (result.stdout.includes("waiting\n")) resolve();
      });
    });
    proc.stderr.on("data", (chunk: Buffer) => (result.stderr += chunk.toString()));
    // "close", not "exit": by then everything it printed has been read.
    const exited = once(proc, "close").then(([code]) => {
      result.code = code as number | null;
      return result;
    });
    return { waiting: Promise.race([waiting, exited]), exited };
  });
  await Promise.all(runs.map((r) => r.waiting));
  writeFileSync(barrier, "");
  return Promise.all(runs.map((r) => r.exited));
}

/** Each instance's logged sync report. */
function syncReport(out: string): { newVersions: number } {
  const line = out
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { msg?: string; newVersions?: number })
    .find((l) => l.msg === "database migrated and content synced");
  if (!line) throw new Error(`no sync report in:\n${out}`);
  return { newVersions: line.newVersions! };
}

describe("three instances starting at once on a fresh database", () => {
  let instances: Instance[];

  beforeAll(async () => {
    await admin((c) => c.query(`create database ${dbName}`));
    client = new Client({ connectionString: `${SERVER}/${dbName}` });
    await client.connect();
    instances = await startInstances();
  });

  afterAll(async () => {
    await client?.end();
    await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
    rmSync(tempDir, { recursive: true, force: true });
  });

  it("all three prepare the database and then serve it", () => {
    for (const run of instances) expect(run.code, run.stderr || run.stdout).toBe(0);
    const served = instances.map((run) => run.stdout.split("\n").find((l) => l.startsWith('{"lessons"')));
    expect(served).toEqual(Array(INSTANCES).fill(JSON.stringify({ lessons: content.lessons.length })));
  });

  it("applied each migration once", async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: { when: number }[];
    };
    const { rows } = await client.query<{ created_at: string }>(
      "select created_at from drizzle.__drizzle_migrations order by created_at",
    );
    expect(rows.map((r) => Number(r.created_at))).toEqual(journal.entries.map((e) => e.when));
  });

  it("synced the content once: one instance created the versions, the others found them", () => {
    const questionCount = content.lessons.reduce((n, l) => n + l.questions.length, 0);
    const created = instances.map((run) => syncReport(run.stdout).newVersions).sort((a, b) => b - a);
    expect(created).toEqual([questionCount, ...Array(INSTANCES - 1).fill(0)]);
  });

  it("holds one version per question and content hash, each question pointing at its own", async () => {
    const all = content.lessons.flatMap((l) => l.questions);
    const { rows } = await client.query<{ id: string; hashes: string[]; versions: number[]; current: string | null }>(
      `select q.id, array_agg(v.content_hash order by v.version) as hashes,
              array_agg(v.version order by v.version) as versions, cv.content_hash as current
         from questions q
         join question_versions v on v.question_id = q.id
         left join question_versions cv on cv.id = q.current_version_id
        group by q.id, cv.content_hash`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.size).toBe(all.length);
    for (const q of all) {
      expect(byId.get(q.id), q.id).toEqual({
        id: q.id,
        hashes: [q.versionHash],
        versions: [1],
        current: q.versionHash,
      });
    }
  });

  it("holds the content's lessons and sources, and one admin", async () => {
    const count = async (query: string) => Number((await client.query<{ n: string }>(query)).rows[0]!.n);
    expect(await count("select count(*) as n from lessons where owner_id is null")).toBe(content.lessons.length);
    expect(await count("select count(*) as n from sources where owner_id is null")).toBe(content.sources.length);
    const links = content.lessons.reduce((n, l) => n + l.sources.length, 0);
    expect(await count("select count(*) as n from lesson_sources")).toBe(links);
    expect(await count("select count(*) as n from users where role = 'admin'")).toBe(1);
  });
});
