import { spawn, type ChildProcess } from "node:child_process";

export type AppServer = { url: string; stop: () => Promise<void> };

/**
 * The app as `npm start` runs it (launcher, migrations, content, production build when stale),
 * on its own port and, for the embedded database, its own data dir and owner port.
 */
export async function startApp(
  env: Record<string, string>,
  port: number,
  log: (line: string) => void,
): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean).slice(-50));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the app exited (${child.exitCode}):\n${output.slice(-30).join("\n")}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline)
      throw new Error(`the app did not answer within 10 minutes:\n${output.slice(-30).join("\n")}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  log(`  app ready at ${url}`);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
