const MAX_BASE_LENGTH = 30;

/**
 * "firstname.lastname", lower-case ASCII, for a login a child can type: accents are dropped
 * (José → jose), other characters removed; a name with nothing left becomes "student".
 */
export function usernameBase(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  const parts = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  const base = parts.join(".").slice(0, MAX_BASE_LENGTH).replace(/\.+$/, "");
  return base || "student";
}

/** The first of base, base2, base3… that is not in `taken`. */
export function firstFreeUsername(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
