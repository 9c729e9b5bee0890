import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db, selectPreparedRows } from "@/db";
import { resolveConnection } from "@/db/connection-config";
import { queryNamed } from "@/db/named-statements";

// The Vercel driver runs raw reads through drizzle, unnamed: nothing to test there.
const { mode, url } = resolveConnection();
const pools: Pool[] = [];
const openPool = (max: number) => {
  const pool = new Pool({ connectionString: url, max });
  pool.on("error", () => {});
  pools.push(pool);
  return pool;
};

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
});

describe.skipIf(mode === "vercel")("raw reads as named prepared statements", () => {
  it("lets many connections prepare the same statement, also where they share one backend (embedded)", async () => {
    const marker = randomUUID();
    const text = `select $1::int * 2 as doubled, '${marker}' as marker`;
    const results = await Promise.all(
      [openPool(5), openPool(5), openPool(5)].flatMap((pool) =>
        Array.from({ length: 60 }, (_, i) => queryNamed<{ doubled: number }>(pool, text, [i])),
      ),
    );
    expect(results.map((rows) => rows[0]!.doubled)).toEqual(
      [0, 1, 2].flatMap(() => Array.from({ length: 60 }, (_, i) => i * 2)),
    );
  });

  it("names a bounded number of statements per connection and runs the rest unnamed", async () => {
    const pool = openPool(1);
    const marker = randomUUID();
    for (let i = 0; i < 320; i++) await queryNamed(pool, `select ${i} as n, '${marker}' as marker`, []);
    const [counted] = await queryNamed<{ named: number }>(
      pool,
      "select count(*)::int as named from pg_prepared_statements where statement like $1",
      [`%${marker}%`],
    );
    expect(counted?.named).toBe(300);
  });

  it("returns what drizzle's own execute returns: dates and times as text, numbers and JSON parsed", async () => {
    const query = sql`select timestamptz '2026-01-02 03:04:05+00' as at, date '2026-01-02' as day,
      interval '2 hours' as span, 3::int as n, '{"a":[1]}'::jsonb as doc, array[1.5]::numeric[] as nums`;
    const drizzleRows = ((await db.execute(query)) as unknown as { rows: unknown[] }).rows;
    expect(await selectPreparedRows(query)).toEqual(drizzleRows);
    expect(drizzleRows[0]).toMatchObject({ day: "2026-01-02", n: 3, doc: { a: [1] } });
  });
});
