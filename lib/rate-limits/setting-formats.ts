import proxyaddr from "proxy-addr";

/**
 * The two rate-limit settings' formats, parsed for lib/env.ts (which validates them at start) and
 * nothing else: the limits read the parsed values from there.
 */
export type Limit = { points: number; seconds: number };

export const LIMIT_FORMAT = 'must be "<attempts>/<window>" such as 10/15m, or "off"';

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/** "<attempts>/<window>", the window in s, m or h ("10/15m"); null when malformed or zero. */
export function parseLimit(value: string): Limit | null {
  const match = /^(\d+)\/(\d+)([smh])$/.exec(value);
  if (!match) return null;
  const points = Number(match[1]);
  const seconds = Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS];
  return points > 0 && seconds > 0 ? { points, seconds } : null;
}

/**
 * Which proxies in front of the app may say who the client is, from BYLINE_TRUSTED_PROXIES:
 * unset, none is trusted; a number, that many hops (a load balancer: 1); otherwise a comma list
 * of addresses, CIDR ranges or proxy-addr's names ("loopback", "uniquelocal").
 */
export type ProxyTrust = { hops: number } | { addresses: string[] };

export const PROXY_TRUST_FORMAT =
  "must be a hop count such as 1, or a comma list of addresses, CIDR ranges, loopback, linklocal or uniquelocal";

export function parseProxyTrust(value: string | undefined): ProxyTrust | Error {
  const setting = value?.trim() ?? "";
  if (setting === "" || setting === "0") return { hops: 0 };
  if (/^\d+$/.test(setting)) return { hops: Number(setting) };
  const addresses = setting
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  try {
    proxyaddr.compile(addresses);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
  return { addresses };
}
