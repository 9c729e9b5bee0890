import autocannon from "autocannon";
import { summarize, type LoadResult } from "./load";

export type CannonOptions = {
  url: string;
  connections: number;
  seconds: number;
  /** Each connection's requests (its own cookie, its own answers); one static request when absent. */
  perConnection?: (index: number) => autocannon.Request[];
  /** A response that is a 200 but not what the page or action should answer counts as an error. */
  accept?: (status: number, body: string) => boolean;
};

function run(options: CannonOptions, seconds: number, record: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const accept = options.accept;
  const wrap = (requests: autocannon.Request[]) =>
    accept
      ? requests.map((r) => ({
          ...r,
          onResponse: (status: number, body: string) => void (accept(status, body) || errors++),
        }))
      : requests;
  return new Promise<{ result: autocannon.Result; latencies: number[]; errors: number; bytes: number }>(
    (resolve, reject) => {
      const instance = autocannon(
        {
          url: options.url,
          connections: options.connections,
          duration: seconds,
          timeout: 30,
          setupClient: (client) => {
            const index = next++;
            if (options.perConnection) client.setRequests(wrap(options.perConnection(index)));
            else if (accept) client.setRequests(wrap([{}]));
          },
        },
        (err, result) => (err ? reject(err) : resolve({ result, latencies, errors, bytes })),
      );
      instance.on("response", (_client: unknown, status: number, resBytes: number, ms: number) => {
        if (!record) return;
        if (status !== 200) errors++;
        latencies.push(ms);
        bytes += resBytes;
      });
    },
  );
}

/**
 * Closed-loop load with autocannon (keep-alive connections, one request in flight each), after a
 * warm-up whose responses are not counted. Percentiles come from every response's own time, so
 * p95 is exact (autocannon's summary has p90 and p97.5 only).
 */
export async function cannon(options: CannonOptions, warmupSeconds = 2): Promise<LoadResult> {
  if (warmupSeconds > 0) await run(options, warmupSeconds, false);
  const { result, latencies, errors, bytes } = await run(options, options.seconds, true);
  return summarize(
    latencies,
    errors + result.errors + result.timeouts,
    options.seconds,
    latencies.length ? bytes / latencies.length : 0,
  );
}
