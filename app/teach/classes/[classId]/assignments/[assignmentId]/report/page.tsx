import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AssignmentReportView } from "@/components/reports/assignment-report-view";
import { loadAssignmentReport } from "@/server/reports/assignment-report";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Assignment report" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

/**
 * The assignment report rendered per request, for browsers without JavaScript: the proxy sends
 * everyone else to the prerendered report page (app/teach/classes/live-assignment-report), which
 * fetches the same figures. Reached with `?plain` (the link that page shows without JavaScript).
 */
export default async function AssignmentReportPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/assignments/${assignmentId}/report`);
  if (!z.uuid().safeParse(classId).success || !z.uuid().safeParse(assignmentId).success) notFound();
  const loaded = await loadAssignmentReport(user, classId, assignmentId);
  if (!loaded) notFound();
  return <AssignmentReportView report={loaded.report} timeZone={user.timeZone} plain />;
}
