import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { StudentReportView } from "@/components/reports/student-report-view";
import { loadStudentReport } from "@/server/reports/student-report";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { STUDENT_REPORT_ACTIONS } from "./report-actions";

export const metadata: Metadata = { title: "Student report" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

/**
 * A student's page rendered per request, for browsers without JavaScript (and the account
 * actions posted from it): the proxy sends everyone else to the prerendered page
 * (app/teach/classes/live-student-report), which fetches the same figures. Reached with `?plain`.
 */
export default async function StudentReportPage({ params }: Props) {
  const { classId, studentId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/students/${studentId}`);
  if (!z.uuid().safeParse(classId).success || !z.uuid().safeParse(studentId).success) notFound();
  const loaded = await loadStudentReport(user, classId, studentId);
  if (!loaded) notFound();
  return <StudentReportView report={loaded.report} timeZone={user.timeZone} plain actions={STUDENT_REPORT_ACTIONS} />;
}
