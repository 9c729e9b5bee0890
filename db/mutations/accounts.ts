import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db";
import { teacherInvites, users, type UserRole } from "@/db/schema";
import { hashCode } from "@/lib/codes";
import { hashPassword } from "@/lib/passwords";
import type { SignUpInput } from "@/lib/validations/auth";
import { enroll, findJoinableClass } from "./enrollments";

export type SignUpResult =
  | { ok: true; userId: string; role: UserRole; joinedClass?: string }
  | { ok: false; field: "email" | "inviteCode" | "joinCode"; message: string };

/**
 * Sign-up creates a student; a valid, unused teacher invite makes it a teacher. The invite is
 * claimed in the same transaction (row lock), so one code can never make two teachers. A class
 * code enrols the new student in the same transaction: a bad code creates no account.
 */
export async function signUp(input: SignUpInput): Promise<SignUpResult> {
  if (input.inviteCode && input.joinCode) {
    return {
      ok: false,
      field: "joinCode",
      message: "Class codes are for students: leave it empty when you sign up as a teacher.",
    };
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    let inviteId: string | null = null;
    if (input.inviteCode) {
      const [invite] = await tx
        .select({ id: teacherInvites.id })
        .from(teacherInvites)
        .where(
          and(
            eq(teacherInvites.codeHash, hashCode(input.inviteCode)),
            isNull(teacherInvites.usedAt),
            isNull(teacherInvites.revokedAt),
            gt(teacherInvites.expiresAt, new Date()),
          ),
        )
        .for("update");
      if (!invite) {
        return {
          ok: false,
          field: "inviteCode",
          message: "This teacher invite code is not valid (it may be used, revoked or expired).",
        } as const;
      }
      inviteId = invite.id;
    }
    const joinable = input.joinCode ? await findJoinableClass(tx, input.joinCode) : null;
    if (joinable && !joinable.ok) return { ok: false, field: "joinCode", message: joinable.message } as const;
    const role: UserRole = inviteId ? "teacher" : "student";
    const [created] = await tx
      .insert(users)
      .values({
        role,
        name: input.name,
        email: input.email,
        passwordHash,
        timeZone: input.timeZone,
        ageConfirmedAt: new Date(),
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!created) {
      return {
        ok: false,
        field: "email",
        message: "An account with this email already exists. Sign in instead.",
      } as const;
    }
    if (inviteId) {
      await tx
        .update(teacherInvites)
        .set({ usedAt: new Date(), usedById: created.id })
        .where(eq(teacherInvites.id, inviteId));
    }
    if (joinable) await enroll(tx, joinable.classId, created.id);
    return { ok: true, userId: created.id, role, joinedClass: joinable?.className } as const;
  });
}
