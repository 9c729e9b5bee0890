import { z } from "zod";
import { loadAssignmentReport } from "@/server/reports/assignment-report";
import { reportResponse } from "@/server/reports/report-response";

type Params = { params: Promise<{ classId: string; assignmentId: string }> };

/** The assignment report's figures, for its prerendered page (server/reports/report-response.ts). */
export async function GET(_request: Request, { params }: Params) {
  const { classId, assignmentId } = await params;
  const ids = z.object({ classId: z.uuid(), assignmentId: z.uuid() }).safeParse({ classId, assignmentId });
  return reportResponse(
    ids.success ? classId : null,
    (user, klass) => loadAssignmentReport(user, classId, assignmentId, klass),
    { classId, assignmentId },
  );
}
