import { z } from "zod";
import { reportResponse } from "@/server/reports/report-response";
import { loadStudentReport } from "@/server/reports/student-report";

type Params = { params: Promise<{ classId: string; studentId: string }> };

/** A student's page's figures and account controls, for its prerendered page (server/reports/report-response.ts). */
export async function GET(_request: Request, { params }: Params) {
  const { classId, studentId } = await params;
  const ids = z.object({ classId: z.uuid(), studentId: z.uuid() }).safeParse({ classId, studentId });
  return reportResponse(
    ids.success ? classId : null,
    (user, klass) => loadStudentReport(user, classId, studentId, klass),
    { classId, studentId },
  );
}
