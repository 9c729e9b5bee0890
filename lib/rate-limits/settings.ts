import { createHash } from "node:crypto";

export type Limit = { points: number; seconds: number };

/**
 * Every rate limit, its setting and its default. A setting reads "<attempts>/<window>", the
 * window in s, m or h ("10/15m"); "off" lifts the limit (benchmarks only). Sign-in and joining
 * are limited per address and per account; answers per account only, since a whole school may
 * share one address.
 */
export const RATE_LIMITS = {
  signInPerAddress: { env: "BYLINE_LIMIT_SIGN_IN_ADDRESS", fallback: "300/15m" },
  signInPerAccount: { env: "BYLINE_LIMIT_SIGN_IN_ACCOUNT", fallback: "10/15m" },
  signUpPerAddress: { env: "BYLINE_LIMIT_SIGN_UP_ADDRESS", fallback: "60/1h" },
  joinPerAddress: { env: "BYLINE_LIMIT_JOIN_ADDRESS", fallback: "300/15m" },
  joinPerAccount: { env: "BYLINE_LIMIT_JOIN_ACCOUNT", fallback: "10/15m" },
  answersPerAccount: { env: "BYLINE_LIMIT_ANSWERS_ACCOUNT", fallback: "120/1m" },
} as const;

export type LimitName = keyof typeof RATE_LIMITS;

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;

/** The limit in force, read at call time; a malformed setting falls back to the default. */
export function limitFor(name: LimitName): Limit | null {
  const { env, fallback } = RATE_LIMITS[name];
  const value = process.env[env]?.trim() || fallback;
  if (value === "off") return null;
  return parseLimit(value) ?? parseLimit(fallback);
}

export function parseLimit(value: string): Limit | null {
  const match = /^(\d+)\/(\d+)([smh])$/.exec(value);
  if (!match) return null;
  const points = Number(match[1]);
  const seconds = Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS];
  return points > 0 && seconds > 0 ? { points, seconds } : null;
}

/** The counter's key: a hash, so the table never holds an email or an address in clear. */
export function limitKey(name: LimitName, subject: string): string {
  return createHash("sha256").update(`${name}:${subject.trim().toLowerCase()}`).digest("base64url").slice(0, 32);
}

export function retryMessage(what: string, seconds: number): string {
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many ${what} in a short time. Please wait ${wait} and try again.`;
}
