import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

type PostgresNode = { name: string; url: string; port: number; dataDir: string; logFile: string };
type PostgresPair = { primary: PostgresNode; replica: PostgresNode; stop: () => Promise<void> };

const REPLICATION_ROLE = "byline_replicator";

/**
 * A primary and a streaming replica of it, in `dir` (a temp dir of the run), on their own ports.
 * PostgreSQL refuses to run as root: as root every tool runs as the postgres user (as in
 * ../postgres-cluster.ts), so the dir is handed to that user first.
 */
export async function startPostgresPair(
  bin: string,
  dir: string,
  ports: { primary: number; replica: number },
  database: string,
  log: (line: string) => void,
): Promise<PostgresPair> {
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString());
    chownSync(dir, id("-u"), id("-g"));
  }
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  const run = async (tool: string, args: string[]) => {
    await promisify(execFile)(...command(tool, args), { cwd: dir });
  };
  const node = (name: string, port: number): PostgresNode => ({
    name,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    dataDir: path.join(dir, name),
    logFile: path.join(dir, `${name}.log`),
  });
  const primary = node("primary", ports.primary);
  const replica = node("replica", ports.replica);
  const started: PostgresNode[] = [];
  const start = async (n: PostgresNode, settings: string) => {
    await run("pg_ctl", [
      "-D",
      n.dataDir,
      "-l",
      n.logFile,
      "-w",
      "-o",
      `-p ${n.port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 ${settings}`,
      "start",
    ]);
    started.push(n);
  };
  const stop = async () => {
    for (const n of started.splice(0).reverse())
      await run("pg_ctl", ["-D", n.dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
  };
  try {
    await run("initdb", ["-D", primary.dataDir, "--auth=trust", "-U", "postgres", "--no-sync"]);
    // Trust on loopback keeps the bench free of passwords; a real deployment uses scram here.
    appendFileSync(
      path.join(primary.dataDir, "pg_hba.conf"),
      `\nhost replication ${REPLICATION_ROLE} 127.0.0.1/32 trust\n`,
    );
    await start(primary, "-c wal_level=replica -c max_wal_senders=5 -c wal_keep_size=256MB");
    const admin = new pg.Client({ connectionString: primary.url.replace(/\/[^/]+$/, "/postgres") });
    await admin.connect();
    await admin.query(`create role ${REPLICATION_ROLE} with replication login`);
    await admin.query(`create database ${database}`);
    await admin.end();
    log(`  primary on port ${primary.port}; taking a base backup for the replica`);
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming standby.
    await run("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primary.port),
      "-U",
      REPLICATION_ROLE,
      "-D",
      replica.dataDir,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
      "--no-sync",
    ]);
    await start(replica, "-c hot_standby=on");
    await waitForStreaming(primary.url);
    log(`  replica on port ${replica.port}, streaming`);
  } catch (err) {
    await stop();
    throw err;
  }
  return { primary, replica, stop };
}

async function waitForStreaming(primaryUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    for (let i = 0; i < 300; i++) {
      const { rows } = await client.query("select 1 from pg_stat_replication where state = 'streaming'");
      if (rows.length > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the replica did not start streaming within 30 s");
  } finally {
    await client.end();
  }
}

/** The postmaster's pid (first line of postmaster.pid), for the CPU accounting. */
export function postmasterPid(n: PostgresNode): number {
  const file = path.join(n.dataDir, "postmaster.pid");
  if (!existsSync(file)) throw new Error(`${n.name} is not running (no postmaster.pid)`);
  return Number(readFileSync(file, "utf8").split("\n")[0]);
}
