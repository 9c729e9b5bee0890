import pg from "pg";

export type CapturedQuery = { text: string; values: unknown[] };
export type ExplainedQuery = { name: string; ms: number; seqScans: string[]; plan: string };

const captured: CapturedQuery[] = [];
let capturing = false;

/**
 * Records the SQL the app's query functions send, by wrapping node-postgres in this (benchmark)
 * process only: the queries are explained exactly as the pages run them.
 */
export function installQueryCapture(): void {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (capturing) {
      const [first, second] = args;
      if (typeof first === "string") captured.push({ text: first, values: Array.isArray(second) ? second : [] });
      else if (first && typeof first === "object" && "text" in first) {
        // drizzle passes the query config and its parameters separately.
        const config = first as { text: string; values?: unknown[] };
        captured.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
      }
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** Runs `fn` and returns the statements it sent (transaction control left out). */
export async function captureQueries(fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
  captured.length = 0;
  capturing = true;
  try {
    await fn();
  } finally {
    capturing = false;
  }
  return captured.splice(0).filter((q) => !/^\s*(begin|commit|rollback)/i.test(q.text));
}

/** EXPLAIN ANALYZE of one captured statement, with the sequential scans of the big tables called out. */
export async function explain(client: pg.ClientBase, name: string, query: CapturedQuery): Promise<ExplainedQuery> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(
    `explain (analyze, buffers, costs off) ${query.text}`,
    query.values,
  );
  const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
  const seqScans = [...plan.matchAll(/Seq Scan on (answers|attempts)\b/g)].map((m) => m[1]!);
  return { name, ms, seqScans, plan };
}
