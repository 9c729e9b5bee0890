import proxyaddr from "proxy-addr";
import { env } from "@/lib/env";
import type { ProxyTrust } from "./setting-formats";

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
export function clientAddress(headers: Headers, trust: ProxyTrust = env("BYLINE_TRUSTED_PROXIES")): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const socket = chain.pop();
  if (!socket) return "unknown";
  return proxyaddr(
    { connection: { remoteAddress: socket }, headers: { "x-forwarded-for": chain.join(", ") } } as never,
    trustFunction(trust),
  );
}
