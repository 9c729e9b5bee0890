import { z } from "zod";
import { loadClassReport } from "@/server/reports/class-report";
import { reportResponse } from "@/server/reports/report-response";

/** The class report's figures, for its prerendered page (server/reports/report-response.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  return reportResponse(async (user) => (z.uuid().safeParse(classId).success ? loadClassReport(user, classId) : null), {
    classId,
  });
}
