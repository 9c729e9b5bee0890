import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, writeFileSync } from "node:fs";
import path from "node:path";

const HAPROXY = process.env.BENCH_HAPROXY ?? "/usr/sbin/haproxy";

/**
 * Round robin over the instances. The health check (every second, two failures) takes a killed
 * instance out within about two seconds (a first run with the check's timeout at 1 s took busy
 * instances out too, all three at moments: 503s with no server to send them to); until then `retries` + `option redispatch` send a
 * request whose connection was refused to another instance. HAProxy retries only failed
 * connections by default, never a request an instance had started on, so an answer is never
 * sent twice by the balancer itself: the clients retry what failed after that point.
 */
function haproxyConfig(port: number, backends: { name: string; port: number }[]): string {
  return [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 1s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  timeout http-keep-alive 10s",
    // A killed instance refuses the check's connection at once (out after two checks, about
    // 2 s); a busy one gets 5 s to answer, so load alone never takes every instance out.
    "  timeout check 5s",
    "  retries 3",
    "  option redispatch",
    "  option forwardfor",
    "frontend byline",
    `  bind 127.0.0.1:${port}`,
    // A client's own X-Forwarded-Host would pass for the site's host in Next's Origin check (docs/deploy.md).
    "  http-request del-header X-Forwarded-Host",
    "  default_backend apps",
    "backend apps",
    "  balance roundrobin",
    "  option httpchk GET /api/health",
    "  http-check expect status 200",
    "  default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2",
    ...backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check`),
    "",
  ].join("\n");
}

export function startHaproxy(
  dir: string,
  port: number,
  backends: { name: string; port: number }[],
): { child: ChildProcess; url: string } {
  const config = path.join(dir, "haproxy.cfg");
  writeFileSync(config, haproxyConfig(port, backends));
  // -db: in the foreground, not a daemon, so this run owns the process and its exit.
  const child = spawn(HAPROXY, ["-db", "-f", config], { stdio: ["ignore", "pipe", "pipe"] });
  const out = createWriteStream(path.join(dir, "haproxy.log"));
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return { child, url: `http://127.0.0.1:${port}` };
}
