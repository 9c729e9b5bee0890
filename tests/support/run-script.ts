import { spawnSync } from "node:child_process";
import path from "node:path";

export type ScriptRun = { status: number | null; stdout: string; stderr: string };

/** Runs a repo script the way npm does (tsx), so a test sees its real exit code and output. */
export function runScript(script: string, args: string[] = []): ScriptRun {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, [script, ...args], { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
