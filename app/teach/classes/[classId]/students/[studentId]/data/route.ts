import { z } from "zod";
import { exportScopeFor, getStudentDataExport, getStudentPrivacySummary } from "@/db/queries/privacy";
import { isOnManagedRoster } from "@/db/queries/rosters";
import { dataExportResponse, refusal } from "@/server/privacy/data-export-response";
import { getCurrentUser, TEACHER_ROLES } from "@/server/session";

const params = z.object({ classId: z.uuid(), studentId: z.uuid() });

/**
 * A student's data for their teacher: the account and the work in this teacher's classes, what
 * the teacher sees anyway (an administrator gets everything).
 */
export async function GET(_request: Request, context: { params: Promise<{ classId: string; studentId: string }> }) {
  const parsed = params.safeParse(await context.params);
  const user = await getCurrentUser();
  if (!user) return refusal(401, "Sign in to download a student's data.");
  if (!(TEACHER_ROLES as readonly string[]).includes(user.role))
    return refusal(403, "Only teachers can download a student's data.");
  if (!parsed.success) return refusal(404, "No student of yours has this address.");
  const { classId, studentId } = parsed.data;
  const summary = (await isOnManagedRoster(user, classId, studentId))
    ? await getStudentPrivacySummary(user, studentId)
    : null;
  if (!summary) return refusal(404, "No student of yours has this address.");
  const data = await getStudentDataExport(studentId, exportScopeFor(user));
  if (!data) return refusal(404, "No student of yours has this address.");
  return dataExportResponse(data);
}
