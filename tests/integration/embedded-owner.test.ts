import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAlive, lockFilePath } from "@/db/embedded/data-dir-lock";
import { servedDataDir, WrongEmbeddedDatabase } from "@/db/embedded/identity";
import { embeddedUrl, ownerInfoPath } from "@/db/embedded/owner-info";
import { startSupervisedOwner } from "@/db/embedded/supervisor";
import { withEmbeddedOwner } from "@/db/embedded/with-embedded-owner";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
import { freePort, spawnOwner, type OwnerProcess } from "@/tests/support/owner-process";

const serverConfigured = Boolean(process.env.DATABASE_URL || process.env.POSTGRES_URL);
const title = serverConfigured
  ? "the embedded database owner (skipped: DATABASE_URL or POSTGRES_URL is set, so this run tests a server)"
  : "the embedded database owner";

function openPool(port: number, max = 1): pg.Pool {
  const pool = new pg.Pool({ connectionString: embeddedUrl(port), max, connectionTimeoutMillis: 10_000 });
  // Clients lose their server when a test kills the owner; the tests check results instead.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

async function withPool<T>(port: number, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = openPool(port);
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

describe.skipIf(serverConfigured)(title, () => {
  let dataDir: string;
  let tempDir: string;
  const owners: OwnerProcess[] = [];
  const start = (port: number) => {
    const owner = spawnOwner(dataDir, port);
    owners.push(owner);
    return owner;
  };
  // The owner now serving dataDir, and its port; each test hands over to the next.
  let current: { owner: OwnerProcess; port: number };

  beforeAll(async () => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "byline-owner-"));
    dataDir = path.join(tempDir, "pglite");
    const port = await freePort();
    current = { owner: start(port), port };
    await current.owner.ready;
    await withPool(port, async (pool) => {
      await pool.query("create table notes (id serial primary key, body text not null)");
      await pool.query("insert into notes (body) values ($1), ($2), ($3)", ["one", "two", "three"]);
    });
  });

  afterAll(async () => {
    for (const owner of owners) {
      if (owner.proc.exitCode === null && owner.proc.signalCode === null) {
        owner.proc.kill("SIGTERM");
        await owner.exited;
      }
    }
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  it("refuses a second owner on the same data dir, with exit code 3", async () => {
    const second = start(await freePort());
    const { code } = await second.exited;
    expect(code).toBe(3);
    expect(second.output()).toContain(`already owned by process ${current.owner.proc.pid}`);
    const { rows } = await withPool(current.port, (pool) => pool.query("select count(*)::int as n from notes"));
    expect(rows[0].n).toBe(3);
  });

  it("lets a new owner take over the lock of a killed one, with the data intact", async () => {
    const killed = current.owner;
    killed.proc.kill("SIGKILL");
    expect((await killed.exited).signal).toBe("SIGKILL");
    // The lock is stale, not gone: SIGKILL leaves no chance to remove it.
    expect(readFileSync(lockFilePath(dataDir), "utf8")).toBe(String(killed.proc.pid));

    const port = await freePort();
    current = { owner: start(port), port };
    await current.owner.ready;
    expect(readFileSync(lockFilePath(dataDir), "utf8")).toBe(String(current.owner.proc.pid));
    const { rows } = await withPool(port, (pool) => pool.query("select body from notes order by id"));
    expect(rows.map((r: { body: string }) => r.body)).toEqual(["one", "two", "three"]);
  });

  it("serves 4 pools of 5 connections running 2,000 mixed queries without losing or mixing anything", async () => {
    await withPool(current.port, (pool) =>
      pool.query("create table ledger (id serial primary key, pool int not null, n int not null, note text not null)"),
    );
    const pools = [0, 1, 2, 3].map(() => openPool(current.port, 5));
    const errors: unknown[] = [];
    const expected: string[] = [];

    const operation = async (pool: pg.Pool, p: number, n: number) => {
      switch (n % 4) {
        case 0: {
          await pool.query("insert into ledger (pool, n, note) values ($1, $2, $3)", [p, n, `single ${p}/${n}`]);
          expected.push(`${p}/${n}/single ${p}/${n}`);
          return;
        }
        case 1: {
          const { rows } = await pool.query("select $1::int * 1000 + $2::int as sum, $3::text as echo", [
            p,
            n,
            `echo ${p}/${n}`,
          ]);
          expect(rows).toEqual([{ sum: p * 1000 + n, echo: `echo ${p}/${n}` }]);
          return;
        }
        case 2: {
          const client = await pool.connect();
          try {
            await client.query("begin");
            await client.query("insert into ledger (pool, n, note) values ($1, $2, $3)", [p, n, "tx a"]);
            await client.query("insert into ledger (pool, n, note) values ($1, $2, $3)", [p, n, "tx b"]);
            const { rows } = await client.query("select count(*)::int as c from ledger where pool = $1 and n = $2", [
              p,
              n,
            ]);
            expect(rows[0].c).toBe(2);
            await client.query("commit");
            expected.push(`${p}/${n}/tx a`, `${p}/${n}/tx b`);
          } finally {
            client.release();
          }
          return;
        }
        default: {
          const client = await pool.connect();
          try {
            await client.query("begin");
            await client.query("insert into ledger (pool, n, note) values ($1, $2, $3)", [p, n, "rolled back"]);
            await client.query("rollback");
          } finally {
            client.release();
          }
        }
      }
    };

    let finished = 0;
    const all = Promise.all(
      pools.flatMap((pool, p) =>
        Array.from({ length: 500 }, (_, n) =>
          operation(pool, p, n)
            .catch((err: unknown) => errors.push(err))
            .finally(() => finished++),
        ),
      ),
    );
    // A backend left waiting in the middle of another connection's query stalls every client.
    const stalled = await Promise.race([
      all.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 60_000).unref()),
    ]);
    if (stalled) errors.push(new Error(`stalled: ${finished} of 2000 operations finished within 60 s`));
    // Ending a pool waits for checked-out clients, which never come back from a stalled server.
    const ended = Promise.all(pools.map((pool) => pool.end()));
    if (!stalled) await ended;

    expect(errors.slice(0, 5).map(String), `${errors.length} of 2000 operations failed`).toEqual([]);
    const { rows } = await withPool(current.port, (pool) => pool.query("select pool, n, note from ledger"));
    const stored = rows.map((r: { pool: number; n: number; note: string }) => `${r.pool}/${r.n}/${r.note}`);
    expect(stored.sort()).toEqual(expected.sort());
    expect(stored).toHaveLength(4 * (125 + 2 * 125));
  });

  it("is restarted by its supervisor after a kill, on the same port", async () => {
    current.owner.proc.kill("SIGTERM");
    await current.owner.exited;
    const supervised = await startSupervisedOwner(dataDir, await freePort());
    try {
      const firstPid = supervised.pid();
      process.kill(firstPid!, "SIGKILL");
      const deadline = Date.now() + 60_000;
      let rows: { n: number }[] = [];
      while (Date.now() < deadline) {
        try {
          rows = (await withPool(supervised.port, (pool) => pool.query("select count(*)::int as n from notes"))).rows;
          if (supervised.pid() !== firstPid) break;
        } catch {
          // Refused while the replacement starts.
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(supervised.pid()).not.toBe(firstPid);
      expect(rows).toEqual([{ n: 3 }]);
    } finally {
      await supervised.stop();
    }
  });
});

describe.skipIf(serverConfigured)("embedded owners of two apps on one machine", () => {
  let tempDir: string;
  beforeAll(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "byline-two-owners-"));
  });
  afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

  it("started at the same moment with the same preferred port, each serves its own data directory", async () => {
    const [dirA, dirB] = [path.join(tempDir, "a"), path.join(tempDir, "b")];
    const preferred = await freePort();
    const [a, b] = await Promise.all([startSupervisedOwner(dirA, preferred), startSupervisedOwner(dirB, preferred)]);
    try {
      expect(a.port).not.toBe(b.port);
      expect([a.port, b.port]).toContain(preferred);
      expect(await servedDataDir(a.url)).toBe(dirA);
      expect(await servedDataDir(b.url)).toBe(dirB);
      await withPool(a.port, (pool) => pool.query("create table only_in_a (id int)"));
      const { rows } = await withPool(b.port, (pool) => pool.query("select to_regclass('only_in_a') as found"));
      expect(rows).toEqual([{ found: null }]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("a tool pointed at another app's owner (a stale owner file) refuses to start, naming both directories", async () => {
    const [dirA, dirB] = [path.join(tempDir, "right"), path.join(tempDir, "wrong")];
    const a = await startSupervisedOwner(dirA, 0);
    const saved = process.env.BYLINE_DATA_DIR;
    try {
      mkdirSync(dirB, { recursive: true });
      // dirB's owner "still runs" (a live pid) and its file names the port dirA's owner now holds.
      writeFileSync(ownerInfoPath(dirB), JSON.stringify({ pid: process.pid, port: a.port }));
      process.env.BYLINE_DATA_DIR = dirB;
      const run = withEmbeddedOwner(async () => "served");
      await expect(run).rejects.toThrow(WrongEmbeddedDatabase);
      await expect(run).rejects.toThrow(
        new RegExp(`serves the embedded data directory ${escape(dirA)}.*this app's data directory is ${escape(dirB)}`),
      );
    } finally {
      process.env.BYLINE_DATA_DIR = saved;
      await a.stop();
    }
  });

  it("never outlives its supervisor: killed with SIGKILL, the owner stops and frees the data directory", async () => {
    const dir = path.join(tempDir, "orphan");
    const supervisor = spawn(process.execPath, ["--import", "tsx", "tests/support/supervised-owner-process.ts", dir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let ownerPid = 0;
    for await (const line of createInterface({ input: supervisor.stdout! })) {
      if (line.startsWith("{")) {
        ownerPid = (JSON.parse(line) as { ownerPid: number }).ownerPid;
        break;
      }
    }
    expect(isAlive(ownerPid)).toBe(true);
    supervisor.kill("SIGKILL");
    const deadline = Date.now() + 20_000;
    while (isAlive(ownerPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(ownerPid)).toBe(false);
    expect(existsSync(lockFilePath(dir))).toBe(false);
  });
});
