import { createHmac } from "node:crypto";

/**
 * Browsers that have signed in to an account before keep their own sign-in limit for it, so a
 * classmate who knows a username and types wrong passwords from another browser cannot lock its
 * owner out. The proof is a cookie of tags, HMACs of the account's sign-in name with the server
 * secret: only a successful sign-in from this browser can have put one there.
 */
export const KNOWN_DEVICES_COOKIE = "byline_known";
const MAX_ACCOUNTS = 5;

export function knownDeviceTag(identifier: string, secret: string): string {
  return createHmac("sha256", `byline-known-device:${secret}`)
    .update(identifier.trim().toLowerCase())
    .digest("base64url")
    .slice(0, 22);
}

/** The tags in a cookie header's value; anything malformed reads as none. */
export function readKnownDevices(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(".")
    .filter((tag) => /^[A-Za-z0-9_-]{22}$/.test(tag))
    .slice(0, MAX_ACCOUNTS);
}

/** The cookie's new value after a sign-in: this account first, at most five accounts (a shared Chromebook). */
export function rememberKnownDevice(value: string | undefined, tag: string): string {
  return [tag, ...readKnownDevices(value).filter((t) => t !== tag)].slice(0, MAX_ACCOUNTS).join(".");
}

/** A cookie from a Cookie header, by name. */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}
