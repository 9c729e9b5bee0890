import type { Metadata } from "next";
import { LiveAssignmentReport } from "@/components/reports/live-assignment-report";
import { LiveReportPage } from "@/components/reports/live-report-page";

// A teacher\'s page, whatever class it turns out to show (or refuse): never indexed.
export const metadata: Metadata = { title: "Assignment report", robots: { index: false } };

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
