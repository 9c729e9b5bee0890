import "server-only";
import { z } from "zod";
import { getManagedClass, type ClassDetails } from "@/db/queries/classes";
import { getCurrentUser, TEACHER_ROLES, type SessionUser } from "@/server/session";

type Access = { ok: true; user: SessionUser; klass: ClassDetails } | { ok: false; response: Response };

const refuse = (status: number, message: string) => ({
  ok: false as const,
  response: new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } }),
});

/** Route handlers are public endpoints: session, role and ownership are checked here, not by the proxy. */
export async function checkExportAccess(classId: string): Promise<Access> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Sign in to download class data.");
  if (!(TEACHER_ROLES as readonly string[]).includes(user.role))
    return refuse(403, "Only teachers can download class data.");
  const klass = z.uuid().safeParse(classId).success ? await getManagedClass(user, classId) : null;
  if (!klass) return refuse(404, "No class of yours has this address.");
  return { ok: true, user, klass };
}
