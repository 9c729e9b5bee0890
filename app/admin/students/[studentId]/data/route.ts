import { z } from "zod";
import { getStudentDataExport, getStudentPrivacySummary } from "@/db/queries/privacy";
import { dataExportResponse, refusal } from "@/server/privacy/data-export-response";
import { getCurrentUser } from "@/server/session";

/** Everything stored about a student account, for an administrator answering a request for a copy. */
export async function GET(_request: Request, context: { params: Promise<{ studentId: string }> }) {
  const parsed = z.uuid().safeParse((await context.params).studentId);
  const user = await getCurrentUser();
  if (!user) return refusal(401, "Sign in to download a student's data.");
  if (user.role !== "admin") return refusal(403, "Only an administrator can download any student's data.");
  const summary = parsed.success ? await getStudentPrivacySummary(user, parsed.data) : null;
  const data = summary && (await getStudentDataExport(summary.id, { kind: "everything" }));
  if (!data) return refusal(404, "No student account has this address.");
  return dataExportResponse(data);
}
