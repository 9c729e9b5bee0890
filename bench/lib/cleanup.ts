const cleanups: (() => unknown)[] = [];

/** Registers what must be undone however the run ends (servers, clusters, temp dirs), last first. */
export function onCleanup(fn: () => unknown): void {
  cleanups.push(fn);
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      console.error("cleanup failed:", err instanceof Error ? err.message : err);
    }
  }
}

// Ctrl-C or a killed parent must not leave a cluster running or a data dir behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`${signal}: cleaning up`);
    void runCleanups().finally(() => process.exit(130));
  });
}
