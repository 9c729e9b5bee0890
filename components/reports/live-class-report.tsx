"use client";

import type { ClassReport } from "@/server/reports/class-report";
import { ClassReportView } from "./class-report-view";
import { LiveReport, revivedDate, revivedDateOrNull } from "./live-report";

const draw = (report: ClassReport, timeZone: string) => (
  <ClassReportView
    timeZone={timeZone}
    report={{
      ...report,
      assignments: report.assignments.map((a) => ({
        ...a,
        opensAt: revivedDateOrNull(a.opensAt),
        dueAt: revivedDate(a.dueAt),
        closedAt: revivedDateOrNull(a.closedAt),
      })),
    }}
  />
);

/** The class report's prerendered page's body (app/teach/classes/live-report). */
export function LiveClassReport() {
  return <LiveReport title="Class report" draw={draw} />;
}
