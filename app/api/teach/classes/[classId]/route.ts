import { z } from "zod";
import { loadClassPage } from "@/server/reports/class-page";
import { reportResponse } from "@/server/reports/report-response";

/** The class page's figures, for its prerendered page (server/reports/report-response.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const valid = z.uuid().safeParse(classId).success;
  return reportResponse(
    valid ? classId : null,
    (user, klass, read) => loadClassPage(user, classId, { klass, assignableLessons: read.assignableLessons }),
    { classId },
    { what: "class page", assignableLessons: true },
  );
}
