"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date-time";
import type { AssignmentOverview } from "@/db/queries/reports/class-overview";
import { percentText } from "@/lib/reports/format";

type Props = { classId: string; assignments: AssignmentOverview[]; timeZone: string };

/** Per assignment: completion, average of best attempts, late and overdue work, and who has not started. */
export function AssignmentOverviewTable({ classId, assignments, timeZone }: Props) {
  if (assignments.length === 0) {
    return (
      <p className="text-muted">
        No assignments yet. <Link href={`/teach/classes/${classId}`}>Assign a lesson</Link> and the results appear here as students answer.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Assignments: completion and scores</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="p-2">Lesson</th>
            <th scope="col" className="p-2">Due</th>
            <th scope="col" className="p-2">Completed</th>
            <th scope="col" className="p-2">Average score</th>
            <th scope="col" className="p-2">Late</th>
            <th scope="col" className="p-2">Overdue</th>
            <th scope="col" className="p-2">Not started</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={a.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-2 text-left font-medium">
                <Link href={`/teach/classes/${classId}/assignments/${a.id}/report`}>{a.lessonTitle}</Link>
                {a.closedAt && <span className="ml-2 text-muted">(closed)</span>}
              </th>
              <td className="p-2">{formatDateTime(a.dueAt, timeZone)}</td>
              <td className="p-2">
                {a.completed} of {a.assigned}
              </td>
              <td className="p-2">{percentText(a.averageScore)}</td>
              <td className="p-2">{a.late}</td>
              <td className="p-2">{a.overdue}</td>
              <td className="p-2">{a.notStarted.length === 0 ? "Everyone has started" : a.notStarted.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
