import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ClassReportView } from "@/components/reports/class-report-view";
import { loadClassReport } from "@/server/reports/class-report";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Class report" };

type Props = { params: Promise<{ classId: string }> };

/**
 * The class report rendered per request, for browsers without JavaScript: the proxy sends
 * everyone else to the prerendered report page (app/teach/classes/live-report), which fetches the
 * same figures. Reached with `?plain` (the link that page shows without JavaScript).
 */
export default async function ClassReportPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/report`);
  if (!z.uuid().safeParse(classId).success) notFound();
  const loaded = await loadClassReport(user, classId);
  if (!loaded) notFound();
  return <ClassReportView report={loaded.report} timeZone={user.timeZone} plain />;
}
