import { hash, verify } from "@node-rs/argon2";
import { generateCode } from "@/lib/codes";

// OWASP's argon2id baseline (19 MiB, 2 passes): about 80 ms per hash on the target machine.
// algorithm 2 is Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash when no account matches, so a wrong username takes as long
 * as a wrong password and sign-in timing does not reveal which accounts exist.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword("byline-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}

/**
 * For logins a teacher or an administrator hands over: 12 lower-case characters without
 * look-alikes (no l/1, o/0), about 57 bits, that a child can copy from a printed sheet.
 */
export function generatePassword(): string {
  return generateCode(3).toLowerCase();
}
