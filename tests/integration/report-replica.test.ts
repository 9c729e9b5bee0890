import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { listAssignmentOverview } from "@/db/queries/reports/class-overview";
import { listReportRoster } from "@/db/queries/reports/class-skills";
import { closeReplica, reportSource } from "@/db/replica";
import type { SessionUser } from "@/db/queries/users";
import { createAccount, createClassWithStudents, deleteAccounts } from "../support/classroom";

vi.mock("@/server/session", async () => (await import("../support/mock-session")).sessionModule());

const serverUrl = process.env.DATABASE_URL;
let teacher: SessionUser, students: SessionUser[], classId: string;

beforeAll(async () => {
  teacher = await createAccount("teacher");
  students = [await createAccount("student"), await createAccount("student")];
  classId = await createClassWithStudents(teacher.id, { name: "Replica 9" }, students);
});

afterEach(async () => {
  delete process.env.DATABASE_REPLICA_URL;
  delete process.env.BYLINE_REPLICA_WAIT_MS;
  await closeReplica();
});

afterAll(async () => {
  await deleteAccounts([teacher.id, ...students.map((s) => s.id)]);
});

describe("report reads and DATABASE_REPLICA_URL", () => {
  it("reads the primary when no replica is configured", async () => {
    expect((await reportSource()).source).toBe("primary");
  });

  it("never reads a replica that is not a standby (it has no replay position)", async () => {
    process.env.DATABASE_REPLICA_URL =
      serverUrl ?? process.env.BYLINE_EMBEDDED_DATABASE_URL ?? "postgres://127.0.0.1/none";
    process.env.BYLINE_REPLICA_WAIT_MS = "20";
    expect((await reportSource()).source).toBe("primary");
    expect((await listReportRoster(teacher, classId)).map((s) => s.id).sort()).toEqual(
      students.map((s) => s.id).sort(),
    );
  });

  it("reads the primary, quickly, when the replica does not answer", async () => {
    process.env.DATABASE_REPLICA_URL = "postgres://byline@127.0.0.1:1/none";
    const started = Date.now();
    expect((await reportSource()).source).toBe("primary");
    expect(await listAssignmentOverview(teacher, classId)).toEqual([]);
    // Marked down: the next report does not try it again.
    const again = Date.now();
    expect((await reportSource()).source).toBe("primary");
    expect(Date.now() - again).toBeLessThan(Math.max(50, Date.now() - started));
  });
});

// A standby is simulated on the server: a login whose search path finds a pg_last_wal_replay_lsn
// that the test sets before Postgres's own, so "caught up" and "behind" can both be produced.
describe.skipIf(!serverUrl)("a standby's replay position decides (server database)", () => {
  const role = `byline_standby_${process.pid}`;
  const schema = `fake_standby_${process.pid}`;
  let standbyUrl: string;

  beforeAll(async () => {
    await db.execute(sql.raw(`create role ${role} login`));
    await db.execute(sql.raw(`create schema ${schema}`));
    await db.execute(sql.raw(`create table ${schema}.position (lsn pg_lsn not null)`));
    await db.execute(sql.raw(`insert into ${schema}.position values ('0/0')`));
    await db.execute(
      sql.raw(
        `create function ${schema}.pg_last_wal_replay_lsn() returns pg_lsn language sql stable as 'select lsn from ${schema}.position'`,
      ),
    );
    await db.execute(sql.raw(`grant usage on schema ${schema}, public to ${role}`));
    await db.execute(sql.raw(`grant select on all tables in schema ${schema}, public to ${role}`));
    await db.execute(sql.raw(`alter role ${role} set search_path = ${schema}, public, pg_catalog`));
    const url = new URL(serverUrl!);
    url.username = role;
    url.password = "";
    standbyUrl = url.toString();
  });

  afterAll(async () => {
    await closeReplica();
    await db.execute(sql.raw(`drop schema ${schema} cascade`));
    await db.execute(sql.raw(`drop owned by ${role}`));
    await db.execute(sql.raw(`drop role ${role}`));
  });

  // Awaited inside: drizzle's query only runs once something awaits it.
  const setReplay = async (lsn: string) => {
    await db.execute(sql.raw(`update ${schema}.position set lsn = '${lsn}'`));
  };

  it("reads the replica once it has replayed what the primary held, with the same figures", async () => {
    await setReplay("FFFFFFFF/FFFFFFFF");
    process.env.DATABASE_REPLICA_URL = standbyUrl;
    expect((await reportSource()).source).toBe("replica");
    expect((await listReportRoster(teacher, classId)).map((s) => s.id).sort()).toEqual(
      students.map((s) => s.id).sort(),
    );
  });

  it("answers from the primary when a query fails on the replica, and leaves the replica alone a while", async () => {
    await setReplay("FFFFFFFF/FFFFFFFF");
    process.env.DATABASE_REPLICA_URL = standbyUrl;
    // The replica's login can no longer read users: the roster query fails there.
    await db.execute(sql.raw(`revoke select on users from ${role}`));
    try {
      expect((await reportSource()).source).toBe("replica");
      expect((await listReportRoster(teacher, classId)).map((s) => s.id).sort()).toEqual(
        students.map((s) => s.id).sort(),
      );
      expect((await reportSource()).source).toBe("primary");
    } finally {
      await db.execute(sql.raw(`grant select on users to ${role}`));
    }
  });

  it("reads the primary after the wait when the replica is behind", async () => {
    await setReplay("0/0");
    process.env.DATABASE_REPLICA_URL = standbyUrl;
    process.env.BYLINE_REPLICA_WAIT_MS = "60";
    const started = Date.now();
    expect((await reportSource()).source).toBe("primary");
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it("takes the replica as soon as it catches up within the wait", async () => {
    await setReplay("0/0");
    process.env.DATABASE_REPLICA_URL = standbyUrl;
    process.env.BYLINE_REPLICA_WAIT_MS = "2000";
    setTimeout(() => void setReplay("FFFFFFFF/FFFFFFFF"), 100);
    expect((await reportSource()).source).toBe("replica");
  });
});
