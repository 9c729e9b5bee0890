/**
 * Whether a replica has caught up within `waitMs`, asking `caughtUp` every `everyMs` (at least
 * once, so a zero wait still takes a replica that is already there).
 */
export async function caughtUpWithin(
  caughtUp: () => Promise<boolean>,
  waitMs: number,
  everyMs = 5,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => number = Date.now,
): Promise<boolean> {
  const deadline = now() + waitMs;
  for (;;) {
    if (await caughtUp()) return true;
    if (now() + everyMs > deadline) return false;
    await sleep(everyMs);
  }
}
