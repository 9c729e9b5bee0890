import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";

export type OwnerProcess = {
  proc: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  /** Resolves when it says it is ready; rejects if it exits first. */
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const OWNER_SCRIPT = path.join(process.cwd(), "db", "embedded", "owner.ts");

/** Starts db/embedded/owner.ts as `npm start`'s supervisor does, but unsupervised. */
export function spawnOwner(dataDir: string, port: number): OwnerProcess {
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", OWNER_SCRIPT, "--data-dir", dataDir, "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const exited = once(proc, "exit").then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("embedded database ready")) resolve();
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    void exited.then(({ code, signal }) =>
      reject(new Error(`owner exited (${code ?? signal}) before it was ready:\n${output}`)),
    );
  });
  // Callers that expect a failed start await `exited`, not `ready`.
  ready.catch(() => {});
  return { proc, output: () => output, ready, exited };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
