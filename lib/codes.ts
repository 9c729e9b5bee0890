import { createHash, randomInt } from "node:crypto";

// No 0/O, 1/I/L, 5/S or 2/Z: codes are read off a projector and typed by children.
const ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";

/** A random code in dash-separated groups, e.g. "K7QM-3XWP". */
export function generateCode(groups: number, groupLength = 4): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: groupLength }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}

/** Codes are compared case-insensitively and without the dashes people forget or add. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function hashCode(code: string): string {
  return createHash("sha256").update(normalizeCode(code)).digest("hex");
}
