import proxyaddr from "proxy-addr";

/**
 * Which proxies in front of the app may say who the client is, from BYLINE_TRUSTED_PROXIES:
 * unset, none is trusted; a number, that many hops (a load balancer: 1); otherwise a comma list
 * of addresses, CIDR ranges or proxy-addr's names ("loopback", "uniquelocal").
 */
export type ProxyTrust = { hops: number } | { addresses: string[] };

export function parseProxyTrust(value: string | undefined): ProxyTrust | Error {
  const setting = value?.trim() ?? "";
  if (setting === "" || setting === "0") return { hops: 0 };
  if (/^\d+$/.test(setting)) return { hops: Number(setting) };
  const addresses = setting.split(",").map((a) => a.trim()).filter(Boolean);
  try {
    proxyaddr.compile(addresses);
  } catch (err) {
    return new Error(`BYLINE_TRUSTED_PROXIES: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { addresses };
}

const compiled = new Map<string, (address: string, hop: number) => boolean>();

function trustFunction(trust: ProxyTrust): (address: string, hop: number) => boolean {
  if ("hops" in trust) return (_address, hop) => hop < trust.hops;
  const key = trust.addresses.join(",");
  let check = compiled.get(key);
  if (!check) {
    check = proxyaddr.compile(trust.addresses);
    compiled.set(key, check);
  }
  return check;
}

/**
 * The client's address for the rate limits. X-Forwarded-For's last entry is the peer of the
 * app's own socket: the launcher's server appends it to whatever the client sent (on Vercel the
 * platform sets the header itself). Earlier entries are believed only through trusted proxies,
 * so a client rotating its own X-Forwarded-For is still one address.
 */
export function clientAddress(headers: Headers, trust: ProxyTrust = configuredTrust()): string {
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((a) => a.trim()).filter(Boolean);
  const socket = chain.pop();
  if (!socket) return "unknown";
  return proxyaddr({ connection: { remoteAddress: socket }, headers: { "x-forwarded-for": chain.join(", ") } } as never, trustFunction(trust));
}

let reported = "";

function configuredTrust(): ProxyTrust {
  const setting = process.env.BYLINE_TRUSTED_PROXIES;
  const trust = parseProxyTrust(setting);
  if (!(trust instanceof Error)) return trust;
  // A broken setting must not open the limits to forged headers: trust nobody, and say so once.
  if (reported !== setting) console.error(`${trust.message}; trusting no proxy`);
  reported = setting ?? "";
  return { hops: 0 };
}
