import type { Metadata } from "next";
import { LiveClassReport } from "@/components/reports/live-class-report";
import { LiveReportPage } from "@/components/reports/live-report-page";

// A teacher\'s page, whatever class it turns out to show (or refuse): never indexed.
export const metadata: Metadata = { title: "Class report", robots: { index: false } };

/**
 * Every class's report, prerendered once: the proxy serves this file for
 * `/teach/classes/<id>/report` (and answers 404 to this path asked for itself).
 */
export default function ClassReportFile() {
  return (
    <LiveReportPage name="class report">
      <LiveClassReport />
    </LiveReportPage>
  );
}
