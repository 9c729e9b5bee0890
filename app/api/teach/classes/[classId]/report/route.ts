import { z } from "zod";
import { loadClassReport } from "@/server/reports/class-report";
import { reportResponse } from "@/server/reports/report-response";

/** The class report's figures, for its prerendered page (server/reports/report-response.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const valid = z.uuid().safeParse(classId).success;
  return reportResponse(valid ? classId : null, (user, klass) => loadClassReport(user, classId, klass), { classId });
}
