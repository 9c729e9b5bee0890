import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export type PostgresCluster = {
  url: string;
  port: number;
  logFile: string;
  start: () => Promise<void>;
  /** `immediate` is a crash as far as clients can tell; `fast` a clean shutdown. */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  readLog: () => string;
  destroy: () => Promise<void>;
};

/** The newest Debian PostgreSQL binaries, or null when the server package is not installed. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(a) - Number(b));
  return versions.length ? path.join(root, versions.at(-1)!, "bin") : null;
}

/**
 * A throwaway cluster on its own port, owned by this run: the benchmark may stop and start it
 * (the restart check), which it must never do to a shared server. PostgreSQL refuses to run as
 * root, so as root it runs as the postgres user, in a directory outside root's home.
 */
export function createCluster(bin: string, port: number): PostgresCluster {
  const dir = mkdtempSync(path.join("/tmp", "byline-bench-pg-"));
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  // Asynchronous: the clients of the restart check keep running while the server stops and starts.
  const run = async (tool: string, args: string[]) => {
    await promisify(execFile)(...command(tool, args), { cwd: dir });
  };
  execFileSync(...command("initdb", ["-D", data, "--auth=trust", "-U", "postgres", "--no-sync"]), {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let running = false;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    logFile,
    start: async () => {
      await run("pg_ctl", [
        "-D",
        data,
        "-l",
        logFile,
        "-w",
        "-o",
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
        "start",
      ]);
      running = true;
    },
    stop: async (mode = "fast") => {
      await run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
      running = false;
    },
    readLog: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
    destroy: async () => {
      if (running) await cluster.stop("immediate").catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
