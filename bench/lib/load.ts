export type LoadResult = {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  bytes: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The figures of one run: latencies in ms (sorted here), over `seconds` of measuring. */
export function summarize(latencies: number[], errors: number, seconds: number, bytes = 0): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    perSecond: latencies.length / seconds,
    bytes,
  };
}

/** A view: the document and the requests its page makes on load, one after the other. */
export type LoadTarget = { urls: string[]; cookie: string };

/**
 * `targets.length` clients (each with its own cookie and view) request in a closed loop for
 * `seconds` after a warm-up; latency is measured to the last byte of the view's last body.
 */
export async function runLoad(targets: LoadTarget[], seconds: number, warmupSeconds = 3): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const once = async (t: LoadTarget, record: boolean) => {
    const started = performance.now();
    let failed = false;
    let size = 0;
    try {
      for (const url of t.urls) {
        const response = await fetch(url, { headers: { cookie: t.cookie }, redirect: "manual" });
        size += (await response.arrayBuffer()).byteLength;
        if (response.status !== 200) failed = true;
      }
    } catch {
      failed = true;
    }
    if (!record) return;
    if (failed) errors += 1;
    else {
      bytes += size;
      latencies.push(performance.now() - started);
    }
  };
  const loop = async (t: LoadTarget, until: number, record: boolean) => {
    while (performance.now() < until) await once(t, record);
  };
  await Promise.all(targets.map((t) => loop(t, performance.now() + warmupSeconds * 1000, false)));
  const started = performance.now();
  await Promise.all(targets.map((t) => loop(t, started + seconds * 1000, true)));
  const elapsed = (performance.now() - started) / 1000;
  return summarize(latencies, errors, elapsed, latencies.length ? bytes / latencies.length : 0);
}
