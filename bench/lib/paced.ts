import { summarize, type LoadResult } from "./load";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Students who think between answers: each waits a random 0.5–1.5 × `thinkMs` after every
 * answer (and before the first), so arrivals spread out as a class's do instead of landing
 * together on each tick, as a fixed-rate load generator's would.
 */
export async function pacedStudents(
  workers: number,
  seconds: number,
  thinkMs: number,
  submitNext: (worker: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const student = async (w: number) => {
    await sleep(Math.random() * thinkMs);
    while (performance.now() < deadline) {
      const started = performance.now();
      const ok = await submitNext(w);
      latencies.push(performance.now() - started);
      if (!ok) errors++;
      await sleep(thinkMs * (0.5 + Math.random()));
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, w) => student(w)));
  return summarize(latencies, errors, seconds);
}
