import { eq, inArray, sql } from "drizzle-orm";
import { db, selectRows, type Db } from "@/db";
import { getStudentAccountAccess } from "@/db/queries/student-account-access";
import { rateLimits, users, type UserRole } from "@/db/schema";
import { logger } from "@/lib/logger";
import type { ErasureRefused } from "@/lib/privacy/erasure-refusal";
import { limitKey, RATE_LIMITS, type LimitName } from "@/lib/rate-limits/settings";
import { confirmsName } from "@/lib/validations/privacy";

type Actor = { id: string; role: UserRole };

/** Done, with what was deleted; or why not (the sentences: lib/privacy/erasure-refusal.ts). */
export type EraseOutcome = { ok: true; name: string; attempts: number; answers: number } | ErasureRefused;

/**
 * Deletes a student account and everything that is theirs, in one transaction. The foreign keys
 * do the rest: enrolments, assignment choices, attempts and their answers cascade; columns that
 * only name them (who created a login, who used an invite) are set to null. Rate-limit counters
 * keyed by the account are removed too. The answers thereby leave every class report, which is
 * computed from these rows.
 *
 * Who may erase whom is getStudentAccountAccess's rule (a teacher: a login they made, on their
 * rosters and in no other teacher's class; an administrator: any student). It runs inside the
 * transaction, with the account locked, so a class joined meanwhile cannot slip past it.
 */
export async function eraseStudent(actor: Actor, studentId: string, confirmName: string): Promise<EraseOutcome> {
  const outcome = await db.transaction(async (tx): Promise<EraseOutcome> => {
    const [student] = await tx
      .select({ id: users.id, name: users.name, email: users.email, username: users.username })
      .from(users)
      .where(eq(users.id, studentId))
      .for("update");
    if (!student) return { ok: false, reason: "not-found" };
    const access = await getStudentAccountAccess(actor, studentId, tx);
    if (!access) return { ok: false, reason: "not-found" };
    if (access.erase !== "allowed") return { ok: false, reason: access.erase, name: student.name };
    if (!confirmsName(confirmName, student.name)) return { ok: false, reason: "not-confirmed", name: student.name };
    const [work] = await selectRows<{ attempts: number; answers: number }>(
      sql`select (select count(*)::int from attempts where user_id = ${studentId}) as attempts,
                 (select count(*)::int from answers x join attempts t on t.id = x.attempt_id where t.user_id = ${studentId}) as answers`,
      tx,
    );
    const keys = rateLimitKeys([student.id, student.email, student.username]);
    await tx.delete(rateLimits).where(inArray(rateLimits.key, keys));
    await tx.delete(users).where(eq(users.id, studentId));
    return { ok: true, name: student.name, attempts: work?.attempts ?? 0, answers: work?.answers ?? 0 };
  });
  if (outcome.ok)
    logger.info(
      { actorId: actor.id, actorRole: actor.role, studentId, attempts: outcome.attempts, answers: outcome.answers },
      "student account erased",
    );
  return outcome;
}

/** Every rate-limit counter that could be keyed by this account (its id, email or username). */
function rateLimitKeys(subjects: (string | null)[]): string[] {
  const names = Object.keys(RATE_LIMITS) as LimitName[];
  return subjects
    .filter((s): s is string => Boolean(s))
    .flatMap((subject) => names.map((name) => limitKey(name, subject)));
}

export type PurgeReport = { cutoff: Date; classes: number; attempts: number; answers: number };

/**
 * The retention rule (BYLINE_RETENTION_DAYS_ARCHIVED): attempts at the assignments of classes
 * archived more than `retentionDays` ago are deleted with their answers. The class, its roster
 * and its assignments stay until the teacher deletes them; practice outside classes is the
 * student's own and is not touched. `dryRun` counts without deleting.
 */
export async function purgeArchivedClassWork(
  options: { retentionDays: number; now?: Date; dryRun?: boolean },
  database: Db = db,
): Promise<PurgeReport> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * 86_400_000);
  return database.transaction(async (tx) => {
    const expired = sql`select t.id from attempts t join assignments a on a.id = t.assignment_id join classes c on c.id = a.class_id
                        where c.archived_at is not null and c.archived_at < ${cutoff}`;
    const [counts] = await selectRows<{ classes: number; attempts: number; answers: number }>(
      sql`select (select count(*)::int from classes where archived_at is not null and archived_at < ${cutoff}) as classes,
                 (select count(*)::int from (${expired}) e) as attempts,
                 (select count(*)::int from answers where attempt_id in (${expired})) as answers`,
      tx,
    );
    if (!options.dryRun) {
      await tx.execute(sql`delete from answers where attempt_id in (${expired})`);
      await tx.execute(sql`delete from attempts where id in (${expired})`);
    }
    return { cutoff, classes: counts?.classes ?? 0, attempts: counts?.attempts ?? 0, answers: counts?.answers ?? 0 };
  });
}
