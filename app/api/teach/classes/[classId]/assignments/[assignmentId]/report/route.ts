import { z } from "zod";
import { loadAssignmentReport } from "@/server/reports/assignment-report";
import { reportResponse } from "@/server/reports/report-response";

type Params = { params: Promise<{ classId: string; assignmentId: string }> };

/** The assignment report's figures, for its prerendered page (server/reports/report-response.ts). */
export async function GET(_request: Request, { params }: Params) {
  const { classId, assignmentId } = await params;
  const ids = z.object({ classId: z.uuid(), assignmentId: z.uuid() }).safeParse({ classId, assignmentId });
  return reportResponse(async (user) => (ids.success ? loadAssignmentReport(user, classId, assignmentId) : null), {
    classId,
    assignmentId,
  });
}
