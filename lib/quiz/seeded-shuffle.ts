import { createHash, createHmac } from "node:crypto";

/**
 * A stream of uniform integers drawn from a seed: SHA-256 in counter mode over a key, so the same
 * key always gives the same draws (a student's option order survives reloads and restarts) and a
 * different key gives independent ones. With a secret (HMAC) the draws cannot be predicted from
 * the ids alone.
 */
export function seededDraws(key: string, secret?: string): (below: number) => number {
  let block = Buffer.alloc(0);
  let offset = 0;
  let counter = 0;
  return (below) => {
    if (offset + 4 > block.length) {
      const hash = secret ? createHmac("sha256", secret) : createHash("sha256");
      block = hash.update(`${key}\u0000${counter++}`).digest();
      offset = 0;
    }
    const word = block.readUInt32BE(offset);
    offset += 4;
    // The modulo bias is below 12 / 2^32 for the lists this shuffles (at most 12 options).
    return word % below;
  };
}

/**
 * Fisher–Yates over the items that may move; items for which `stays` is true keep their index.
 */
export function seededShuffle<T>(
  items: readonly T[],
  draw: (below: number) => number,
  stays: (item: T) => boolean = () => false,
): T[] {
  const movable = items.map((item, i) => ({ item, i })).filter(({ item }) => !stays(item));
  const slots = movable.map(({ i }) => i);
  const moved = movable.map(({ item }) => item);
  for (let i = moved.length - 1; i > 0; i--) {
    const j = draw(i + 1);
    [moved[i], moved[j]] = [moved[j]!, moved[i]!];
  }
  const result = [...items];
  slots.forEach((slot, k) => {
    result[slot] = moved[k]!;
  });
  return result;
}
