import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { teacherInvites, users } from "@/db/schema";

export type InviteSummary = {
  id: string;
  note: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  usedByName: string | null;
  revokedAt: Date | null;
  status: "open" | "used" | "revoked" | "expired";
};

/** Admins see every invite; the codes themselves are not stored, only their hashes. */
export async function listTeacherInvites(): Promise<InviteSummary[]> {
  const usedBy = alias(users, "used_by");
  return db
    .select({
      id: teacherInvites.id,
      note: teacherInvites.note,
      createdAt: teacherInvites.createdAt,
      expiresAt: teacherInvites.expiresAt,
      usedAt: teacherInvites.usedAt,
      usedByName: usedBy.name,
      revokedAt: teacherInvites.revokedAt,
      // Decided by the database clock, so every page and instance agrees on what has expired.
      status: sql<InviteSummary["status"]>`case
        when ${teacherInvites.usedAt} is not null then 'used'
        when ${teacherInvites.revokedAt} is not null then 'revoked'
        when ${teacherInvites.expiresAt} < now() then 'expired'
        else 'open' end`,
    })
    .from(teacherInvites)
    .leftJoin(usedBy, eq(usedBy.id, teacherInvites.usedById))
    .orderBy(desc(teacherInvites.createdAt))
    .limit(200);
}
