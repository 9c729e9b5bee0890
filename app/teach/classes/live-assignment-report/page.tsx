import type { Metadata } from "next";
import { LiveAssignmentReport } from "@/components/reports/live-assignment-report";
import { LiveReportPage } from "@/components/reports/live-report-page";

export const metadata: Metadata = { title: "Assignment report" };

/**
 * Every assignment's report, prerendered once: the proxy serves this file for
 * `/teach/classes/<id>/assignments/<id>/report` (and answers 404 to this path asked for itself).
 */
export default function AssignmentReportFile() {
  return (
    <LiveReportPage name="assignment report">
      <LiveAssignmentReport />
    </LiveReportPage>
  );
}
