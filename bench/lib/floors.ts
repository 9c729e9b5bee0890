import { cannon } from "./cannon";
import type { LoadResult } from "./load";

export type FloorPage = { key: string; name: string; url: string; cookies?: string[]; expect: string };
export type FloorResult = LoadResult & { key: string; name: string; rounds: number[] };

const CONNECTIONS = 10;
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? 5);

/**
 * Each page under the same closed-loop load, in interleaved rounds (A B C D, A B C D, …) so a
 * slow minute on a noisy machine hits every page alike; each page keeps its median round.
 * A response must contain `expect`, so an error page or a sign-in redirect is never measured.
 */
export async function measureFloors(pages: FloorPage[], log: (line: string) => void): Promise<FloorResult[]> {
  const rounds = new Map<string, LoadResult[]>(pages.map((p) => [p.key, []]));
  for (const page of pages) {
    const check = await fetch(page.url, {
      headers: page.cookies ? { cookie: page.cookies[0]! } : {},
      redirect: "manual",
    });
    const body = await check.text();
    if (check.status !== 200 || !body.includes(page.expect))
      throw new Error(`${page.name} answered ${check.status} without “${page.expect}”`);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of pages) {
      const result = await cannon(
        {
          url: page.url,
          connections: CONNECTIONS,
          seconds: SECONDS,
          perConnection: page.cookies
            ? (i) => [{ headers: { cookie: page.cookies![i % page.cookies!.length]! } }]
            : undefined,
          accept: (status, body) => status === 200 && body.includes(page.expect),
        },
        1,
      );
      rounds.get(page.key)!.push(result);
      log(
        `  ${page.name}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, errors ${result.errors}`,
      );
    }
  }
  return pages.map((page) => {
    const results = [...rounds.get(page.key)!].sort((a, b) => a.perSecond - b.perSecond);
    const median = results[Math.floor(results.length / 2)]!;
    return { key: page.key, name: page.name, rounds: rounds.get(page.key)!.map((r) => r.perSecond), ...median };
  });
}
