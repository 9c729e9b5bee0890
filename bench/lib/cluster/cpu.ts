import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString()) || 100;

type Stat = { pid: number; ppid: number; ticks: number };

/**
 * utime + stime of a live process plus cutime + cstime, the time of the children it has reaped:
 * summed over a live tree this counts every process that ever ran in it exactly once (a postgres
 * backend that exited is in the postmaster's cutime, a live one only in its own utime).
 */
function readStats(): Stat[] {
  const stats: Stat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      stats.push({ pid: Number(entry), ppid: Number(fields[1]), ticks });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

/** CPU milliseconds used so far by each process tree (root pid → ms; absent when the root is gone). */
function treeCpuMs(roots: number[]): Map<number, number> {
  const stats = readStats();
  const children = new Map<number, Stat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const byPid = new Map(stats.map((s) => [s.pid, s]));
  const result = new Map<number, number>();
  for (const root of roots) {
    const top = byPid.get(root);
    if (!top) continue;
    let ticks = 0;
    const queue = [top];
    while (queue.length > 0) {
      const s = queue.pop()!;
      ticks += s.ticks;
      queue.push(...(children.get(s.pid) ?? []));
    }
    result.set(root, (ticks * 1000) / TICKS_PER_SECOND);
  }
  return result;
}

/** Busy CPU milliseconds of the whole machine since boot (every core; /proc/stat's first line). */
function machineBusyMs(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8")
    .split("\n")[0]!
    .split(/\s+/)
    .map(Number);
  return ((user! + nice! + system! + irq! + softirq! + steal!) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time of named groups of process trees over a window. Sampled every second, so a tree that
 * is killed mid-run (the instance this bench kills) still counts up to its last sample.
 */
export class CpuMeter {
  private readonly start = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private readonly groups = new Map<string, Set<number>>();
  private timer: NodeJS.Timeout | null = null;
  private machineStart = 0;
  /** Everything the machine's cores did over the window, this deployment or not (set by end()). */
  machineMs = 0;
  /** Each sample: when (performance.now()) and each group's CPU ms so far in the window. */
  readonly series: { at: number; ms: Record<string, number> }[] = [];

  track(group: string, pid: number): void {
    if (!this.groups.has(group)) this.groups.set(group, new Set());
    this.groups.get(group)!.add(pid);
    const now = treeCpuMs([pid]).get(pid) ?? 0;
    // A tree started inside the window counts from zero: its start-up is part of the run.
    if (this.timer !== null) this.start.set(pid, 0);
    else this.start.set(pid, now);
    this.last.set(pid, now);
  }

  begin(): void {
    const now = treeCpuMs([...this.start.keys()]);
    for (const [pid, ms] of now) this.start.set(pid, ms);
    this.machineStart = machineBusyMs();
    this.timer = setInterval(() => this.sample(), 1000);
  }

  sample(): void {
    for (const [pid, ms] of treeCpuMs([...this.last.keys()])) this.last.set(pid, ms);
    if (this.timer !== null) this.series.push({ at: performance.now(), ms: this.totals() });
  }

  private totals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const [group, pids] of this.groups)
      totals[group] = [...pids].reduce((sum, pid) => sum + (this.last.get(pid)! - this.start.get(pid)!), 0);
    return totals;
  }

  /** CPU ms per group since begin(). */
  end(): Record<string, number> {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.machineMs = machineBusyMs() - this.machineStart;
    return this.totals();
  }
}
