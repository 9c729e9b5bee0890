"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { plural } from "@/lib/plural";
import { formatDateTime } from "@/components/ui/format-date-time";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHeader,
} from "@/components/ui/table";
import type { AssignmentOverview } from "@/db/queries/reports/class-overview";
import { percentText } from "@/lib/reports/format";
import { ReportLink } from "./report-links";

type Props = { classId: string; assignments: AssignmentOverview[]; timeZone: string };

/** Per assignment: completion, average of best attempts, late and overdue work, and who has not started. */
export function AssignmentOverviewTable({ classId, assignments, timeZone }: Props) {
  if (assignments.length === 0) {
    return (
      <p className="text-muted">
        No assignments yet. <ReportLink href={`/teach/classes/${classId}`}>Assign a lesson</ReportLink> and the results
        appear here as students answer.
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto">
      <Table>
        <TableCaption>Assignments: completion and scores</TableCaption>
        <TableHeader>
          <TableHead>Lesson</TableHead>
          <TableHead>Due</TableHead>
          <TableHead>Completed</TableHead>
          <TableHead>Average score</TableHead>
          <TableHead>Late</TableHead>
          <TableHead>Overdue</TableHead>
          <TableHead>Not started</TableHead>
        </TableHeader>
        <TableBody>
          {assignments.map((a) => (
            <TableRow key={a.id} className="align-top">
              <TableRowHeader>
                <ReportLink href={`/teach/classes/${classId}/assignments/${a.id}/report`}>{a.lessonTitle}</ReportLink>
                {a.closedAt && <span className="ml-2 text-muted">(closed)</span>}
              </TableRowHeader>
              <TableCell>{formatDateTime(a.dueAt, timeZone)}</TableCell>
              <TableCell>
                {a.completed} of {a.assigned}
              </TableCell>
              <TableCell>
                {percentText(a.averageScore)}
                {a.awaitingReview > 0 && (
                  <Link href={reviewQueueHref(classId, a.id)} className="block text-sm">
                    {plural(a.awaitingReview, "answer")} awaiting review
                  </Link>
                )}
              </TableCell>
              <TableCell>{a.late}</TableCell>
              <TableCell>{a.overdue}</TableCell>
              <TableCell>{a.notStarted.length === 0 ? "Everyone has started" : a.notStarted.join(", ")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
