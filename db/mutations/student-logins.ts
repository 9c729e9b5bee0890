import { like } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { enrollments, users } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/passwords";
import type { NameRow } from "@/lib/rosters/name-list";
import { firstFreeUsername, usernameBase } from "@/lib/rosters/username";

export type CreatedLogin = { line: number; name: string; username: string; password: string };

/** Usernames already taken that start like `base` (base, base2, base12…). */
async function takenUsernames(tx: Tx, base: string): Promise<Set<string>> {
  const rows = await tx
    .select({ username: users.username })
    .from(users)
    .where(like(users.username, `${base}%`));
  return new Set(rows.flatMap((r) => (r.username ? [r.username] : [])));
}

/**
 * Logins for young students without email, enrolled in the class at once. Each gets a unique
 * username ("firstname.lastname", then a number) and a generated password that is returned here
 * to be shown once and stored only as a hash.
 */
export async function createStudentLogins(
  teacher: { id: string; timeZone: string },
  classId: string,
  names: readonly NameRow[],
): Promise<CreatedLogin[]> {
  const passwords = names.map(() => generatePassword());
  const hashes = await Promise.all(passwords.map(hashPassword));
  return db.transaction(async (tx) => {
    const created: CreatedLogin[] = [];
    const takenByBase = new Map<string, Set<string>>();
    for (const [i, { line, name }] of names.entries()) {
      const base = usernameBase(name);
      const taken = takenByBase.get(base) ?? (await takenUsernames(tx, base));
      takenByBase.set(base, taken);
      let inserted: { id: string } | undefined;
      let username = "";
      // Another teacher may take the same name at the same moment: the unique index decides.
      while (!inserted) {
        username = firstFreeUsername(base, taken);
        taken.add(username);
        [inserted] = await tx
          .insert(users)
          .values({
            role: "student",
            name,
            username,
            passwordHash: hashes[i]!,
            timeZone: teacher.timeZone,
            createdById: teacher.id,
          })
          .onConflictDoNothing()
          .returning({ id: users.id });
      }
      await tx.insert(enrollments).values({ classId, studentId: inserted.id }).onConflictDoNothing();
      created.push({ line, name, username, password: passwords[i]! });
    }
    return created;
  });
}
