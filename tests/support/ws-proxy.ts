/**
 * A WebSocket→TCP proxy, so @vercel/postgres (Neon's driver, WebSockets only) can reach a plain
 * Postgres: each WebSocket connection becomes one TCP connection to the target, bytes piped both
 * ways. The driver asks for `ws://PROXY/?address=HOST:PORT` (or `/v2` without a proxy setting);
 * the path and the requested address are ignored, the target is fixed.
 *
 * CLI: tsx tests/support/ws-proxy.ts --port 0 --target 127.0.0.1:5432   (prints "listening on PORT")
 */
import { once } from "node:events";
import { createConnection, type AddressInfo, type Socket } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { WebSocketServer, type RawData, type WebSocket } from "ws";

export type WsProxyOptions = { port: number; host?: string; target: { host: string; port: number } };
export type WsProxy = { port: number; close: () => Promise<void> };

// Past this much unsent data toward the browser side, stop reading from Postgres until it drains.
const HIGH_WATER_MARK = 1 << 20;

export async function startWsProxy({ port, host = "127.0.0.1", target }: WsProxyOptions): Promise<WsProxy> {
  const server = new WebSocketServer({ port, host, perMessageDeflate: false });
  const sockets = new Set<Socket>();
  server.on("connection", (ws) => {
    const tcp = pipe(ws, target);
    sockets.add(tcp);
    tcp.once("close", () => sockets.delete(tcp));
  });
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const ws of server.clients) ws.terminate();
      for (const tcp of sockets) tcp.destroy();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function pipe(ws: WebSocket, target: WsProxyOptions["target"]): Socket {
  const tcp = createConnection(target);
  tcp.setNoDelay(true);

  // A net socket buffers writes made before it connects, so early messages need no queue here.
  ws.on("message", (data) => {
    if (!tcp.write(toBuffer(data))) ws.pause();
  });
  tcp.on("drain", () => ws.resume());
  tcp.on("data", (chunk) => {
    ws.send(chunk, { binary: true }, () => {
      if (tcp.isPaused() && ws.bufferedAmount < HIGH_WATER_MARK) tcp.resume();
    });
    if (ws.bufferedAmount >= HIGH_WATER_MARK) tcp.pause();
  });

  ws.on("close", () => tcp.end());
  ws.on("error", () => tcp.destroy());
  tcp.on("close", () => ws.close());
  // A refused or reset target surfaces to the client as a closed connection, as a network error would.
  tcp.on("error", () => ws.terminate());
  return tcp;
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "0" }, target: { type: "string", default: "127.0.0.1:5432" } },
  });
  const match = /^(.+):(\d+)$/.exec(values.target);
  if (!match) throw new Error(`--target must be HOST:PORT, not ${values.target}`);
  const proxy = await startWsProxy({ port: Number(values.port), target: { host: match[1]!, port: Number(match[2]) } });
  console.log(`listening on ${proxy.port}`);
  const stop = () => void proxy.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
