"use client";

import { useCallback } from "react";
import type { StudentReport } from "@/server/reports/student-report";
import { LiveReport, revivedDate, revivedDateOrNull } from "./live-report";
import { StudentReportView, type StudentReportActions } from "./student-report-view";

/**
 * A student's prerendered page's body (app/teach/classes/live-student-report). The account
 * controls' server actions come from that page, which imports them.
 */
export function LiveStudentReport({ actions }: { actions: StudentReportActions }) {
  const draw = useCallback(
    (report: StudentReport, timeZone: string) => (
      <StudentReportView
        timeZone={timeZone}
        actions={actions}
        report={{
          ...report,
          attempts: report.attempts.map((a) => ({
            ...a,
            startedAt: revivedDate(a.startedAt),
            completedAt: revivedDateOrNull(a.completedAt),
          })),
        }}
      />
    ),
    [actions],
  );
  return <LiveReport title="Student report" draw={draw} />;
}
