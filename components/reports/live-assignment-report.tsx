"use client";

import type { AssignmentReport } from "@/server/reports/assignment-report";
import { AssignmentReportView } from "./assignment-report-view";
import { LiveReport, revivedDate, revivedDateOrNull } from "./live-report";

const draw = (report: AssignmentReport, timeZone: string) => (
  <AssignmentReportView
    timeZone={timeZone}
    report={{
      ...report,
      header: {
        ...report.header,
        dueAt: revivedDate(report.header.dueAt),
        closedAt: revivedDateOrNull(report.header.closedAt),
      },
      grid: report.grid.map((r) => ({ ...r, completedAt: revivedDateOrNull(r.completedAt) })),
    }}
  />
);

/** An assignment report's prerendered page's body (app/teach/classes/live-assignment-report). */
export function LiveAssignmentReport() {
  return <LiveReport title="Assignment report" draw={draw} />;
}
