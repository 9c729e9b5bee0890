import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupervisedOwner, type SupervisedOwner } from "@/db/embedded/supervisor";

/**
 * The embedded round trip through the npm scripts, on a database of its own (the scripts replace
 * every row, so never the suite's shared one): seed, back up, change, restore, compare.
 */
let dir: string, owner: SupervisedOwner, client: pg.Client;
let original: Snapshot;
const backupFile = () => path.join(dir, "backup.jsonl");

type Snapshot = Record<string, string[]>;

function run(script: string, args: string[] = []) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  // Empty settings count as unset: the scripts must find the embedded owner through its data dir.
  const env = {
    ...process.env,
    BYLINE_DATA_DIR: path.join(dir, "pglite"),
    DATABASE_URL: "",
    POSTGRES_URL: "",
    BYLINE_EMBEDDED_DATABASE_URL: "",
    LOG_LEVEL: "warn",
  };
  const result = spawnSync(tsx, [script, ...args], { cwd: process.cwd(), encoding: "utf8", env, timeout: 120_000 });
  if (result.error) throw result.error;
  return result;
}

/**
 * Every row of every app table, as text, sorted: equal snapshots mean equal data. The classes'
 * report tokens (migration 0011) are new after a restore by design; which classes have one is data.
 */
const WITHOUT_TOKENS: Record<string, string> = { class_data_versions: "to_jsonb(t) - 'version'" };

async function snapshot(): Promise<Snapshot> {
  const { rows: tables } = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const out: Snapshot = {};
  for (const { name } of tables) {
    const row = WITHOUT_TOKENS[name] ?? "to_jsonb(t)";
    const { rows } = await client.query<{ r: string }>(`select (${row})::text as r from "${name}" t`);
    out[name] = rows.map((r) => r.r).sort();
  }
  return out;
}

async function rowCount(table: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "${table}"`);
  return rows[0]!.n;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "byline-backup-"));
  owner = await startSupervisedOwner(path.join(dir, "pglite"), 0);
  const seeded = run("scripts/db-seed.ts");
  expect(seeded.status, seeded.stderr).toBe(0);
  client = new pg.Client({ connectionString: owner.url });
  await client.connect();
  // Rows the demo seed does not make: a rate-limit counter and an invite that names its users.
  await client.query("insert into rate_limits (key, window_started_at, hits) values ('backup-test', now(), 2)");
  await client.query(`insert into teacher_invites (code_hash, note, created_by_id, used_by_id, expires_at)
                      select 'hash-for-backup-test', 'note with "quotes" and ünïcode', id, id, now() + interval '1 day' from users where role = 'admin' limit 1`);
  original = await snapshot();
});

afterAll(async () => {
  await client?.end();
  await owner?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run db:backup and db:restore on the embedded database", () => {
  it("backs up every table and restores it exactly after the data changed", async () => {
    // The data set must cover what could go wrong: a self-reference, identity ids, arrays, jsonb.
    expect(await rowCount("answers")).toBeGreaterThan(10);
    const { rows: madeByTeacher } = await client.query("select 1 from users where created_by_id is not null");
    expect(madeByTeacher.length).toBeGreaterThan(0);

    const backup = run("scripts/db-backup.ts", [backupFile()]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ rows from \d+ tables/m);
    expect(existsSync(`${backupFile()}.partial`)).toBe(false);

    await client.query("delete from answers where attempt_id = (select id from attempts order by started_at limit 1)");
    await client.query("update users set name = 'Renamed After Backup' where email = 'amara@byline.test'");
    await client.query("delete from enrollments");
    await client.query("delete from rate_limits");
    await client.query(
      "insert into users (name, email, password_hash) values ('New After Backup', 'new-after-backup@byline.test', 'x')",
    );
    expect(await snapshot()).not.toEqual(original);

    const restore = run("scripts/db-restore.ts", [backupFile()]);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ rows in \d+ tables/m);
    expect(await snapshot()).toEqual(original);

    // Sequences moved past the restored ids: new rows get fresh ones.
    const { rows: ids } = await client.query<{ next: string; max: string }>(
      "select nextval(pg_get_serial_sequence('answers', 'id'))::text as next, (select max(id) from answers)::text as max",
    );
    expect(BigInt(ids[0]!.next)).toBeGreaterThan(BigInt(ids[0]!.max));
  });

  it("refuses a cut-short backup and leaves the data as it was", async () => {
    const lines = readFileSync(backupFile(), "utf8").split("\n");
    const cut = path.join(dir, "cut.jsonl");
    writeFileSync(cut, lines.slice(0, Math.floor(lines.length * 0.8)).join("\n"));
    await client.query("delete from rate_limits");
    const before = await snapshot();
    const restore = run("scripts/db-restore.ts", [cut]);
    expect(restore.status).toBe(1);
    expect(restore.stderr).toMatch(/ends early|incomplete/);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a backup made at another schema version", async () => {
    const [header, ...rest] = readFileSync(backupFile(), "utf8").split("\n");
    const older = JSON.parse(header!) as { migrations: string[] };
    older.migrations = older.migrations.slice(0, -1);
    const file = path.join(dir, "older.jsonl");
    writeFileSync(file, [JSON.stringify(older), ...rest].join("\n"));
    const before = await snapshot();
    const restore = run("scripts/db-restore.ts", [file]);
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain("another schema version");
    expect(await snapshot()).toEqual(before);
  });

  it("says to use pg_dump on a Postgres server", () => {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, ["scripts/db-backup.ts", backupFile()], {
      cwd: process.cwd(),
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("pg_dump");
  });
});
