import type { Metadata } from "next";
import { LiveStudentReport } from "@/components/reports/live-student-report";
import { LiveReportPage } from "@/components/reports/live-report-page";
import { STUDENT_REPORT_ACTIONS } from "../[classId]/students/[studentId]/report-actions";

// A teacher\'s page, whatever class it turns out to show (or refuse): never indexed.
export const metadata: Metadata = { title: "Student report", robots: { index: false } };

/**
 * Every student's page in every class, prerendered once: the proxy serves this file for
 * `/teach/classes/<id>/students/<id>` (and answers 404 to this path asked for itself). The account
 * controls' actions post to that address, which renders per request.
 */
export default function StudentReportFile() {
  return (
    <LiveReportPage name="student's page">
      <LiveStudentReport actions={STUDENT_REPORT_ACTIONS} />
    </LiveReportPage>
  );
}
