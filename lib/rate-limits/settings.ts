import { createHash } from "node:crypto";
import { env, type SettingName } from "@/lib/env";
import type { Limit } from "./setting-formats";

/**
 * Every rate limit and its setting (defaults and format: lib/env.ts, docs/security.md). Sign-in
 * and joining are limited per address and per account; answers per account only, since a whole
 * school may share one address.
 */
export const RATE_LIMITS = {
  signInPerAddress: "BYLINE_LIMIT_SIGN_IN_ADDRESS",
  signInPerAccount: "BYLINE_LIMIT_SIGN_IN_ACCOUNT",
  signUpPerAddress: "BYLINE_LIMIT_SIGN_UP_ADDRESS",
  joinPerAddress: "BYLINE_LIMIT_JOIN_ADDRESS",
  joinPerAccount: "BYLINE_LIMIT_JOIN_ACCOUNT",
  answersPerAccount: "BYLINE_LIMIT_ANSWERS_ACCOUNT",
} as const satisfies Record<string, SettingName>;

export type LimitName = keyof typeof RATE_LIMITS;

/** The limit in force, read at call time; null when it is "off". A malformed setting throws. */
export function limitFor(name: LimitName): Limit | null {
  return env(RATE_LIMITS[name]);
}

/** The counter's key: a hash, so the table never holds an email or an address in clear. */
export function limitKey(name: LimitName, subject: string): string {
  return createHash("sha256").update(`${name}:${subject.trim().toLowerCase()}`).digest("base64url").slice(0, 32);
}

export function retryMessage(what: string, seconds: number): string {
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many ${what} in a short time. Please wait ${wait} and try again.`;
}
