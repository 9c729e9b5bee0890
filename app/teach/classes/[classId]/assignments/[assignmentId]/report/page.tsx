import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AssignmentGrid } from "@/components/reports/assignment-grid";
import { ItemAnalysisList } from "@/components/reports/item-analysis-list";
import { ScoreDistributionChart } from "@/components/reports/charts";
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
import { getAssignmentHeader, listAssignmentGrid, type GridRow } from "@/db/queries/reports/assignment-report";
import { listItemStatistics } from "@/db/queries/reports/item-analysis";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { durationText } from "@/lib/reports/format";
import { scoreBands } from "@/lib/reports/score-bands";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Assignment report" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export default async function AssignmentReportPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/assignments/${assignmentId}/report`);
  if (!z.uuid().safeParse(classId).success || !z.uuid().safeParse(assignmentId).success) notFound();
  const [header, grid, items] = await Promise.all([
    getAssignmentHeader(user, classId, assignmentId),
    listAssignmentGrid(user, classId, assignmentId),
    listItemStatistics(user, classId, assignmentId),
  ]);
  if (!header) notFound();
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/teach/classes/${classId}/report`}>← Class report: {header.className}</Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Assignment report: {header.lessonTitle}</h1>
        <p className="text-muted">
          Due {formatDateTime(header.dueAt, user.timeZone)}
          {header.closedAt && ` · closed ${formatDateTime(header.closedAt, user.timeZone)}`} ·{" "}
          <Link href={`/teach/classes/${classId}/assignments/${assignmentId}`}>Edit dates and students</Link> ·{" "}
          <Link href={reviewQueueHref(classId, assignmentId)}>Review written answers</Link>
        </p>
      </header>
      <section aria-labelledby="grid-heading" className="space-y-3">
        <h2 id="grid-heading" className="font-serif text-2xl font-bold">
          Answers by student
        </h2>
        <p className="text-sm text-muted">
          Each student&apos;s best completed attempt (the one that counts), or the attempt in progress.
        </p>
        <AssignmentGrid
          classId={classId}
          assignmentId={assignmentId}
          questions={header.questions}
          rows={grid}
          timeZone={user.timeZone}
        />
      </section>
      <ScoreDistribution rows={grid} />
      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="font-serif text-2xl font-bold">
          Item analysis
        </h2>
        <p className="text-sm text-muted">
          Uses each student&apos;s <strong>first</strong> completed attempt: later attempts come after the feedback.
          Facility is the share who answered right. Discrimination is the corrected point-biserial: the correlation
          between getting this question right and the score on the other questions (above 0.2 is usual for a good
          question; below 0 is a warning).
        </p>
        <ItemAnalysisList items={items} />
      </section>
    </div>
  );
}

function ScoreDistribution({ rows }: { rows: GridRow[] }) {
  const done = rows.filter((r) => r.completed && r.score !== null);
  const bands = scoreBands(done.map((r) => r.score!));
  const timed = done
    .filter((r) => r.timeSpentMs !== null)
    .map((r) => r.timeSpentMs!)
    .sort((a, b) => a - b);
  const medianTime = timed.length ? timed[Math.floor((timed.length - 1) / 2)]! : null;
  return (
    <section aria-labelledby="distribution-heading" className="space-y-3">
      <h2 id="distribution-heading" className="font-serif text-2xl font-bold">
        Score distribution
      </h2>
      {done.length === 0 ? (
        <p className="text-muted">
          Nobody has finished yet: the distribution appears with the first completed attempt.
        </p>
      ) : (
        <figure className="space-y-3">
          <ScoreDistributionChart bands={bands} />
          <figcaption className="text-sm text-muted">
            {done.length} finished · {rows.filter((r) => r.late).length} late · median time spent{" "}
            {durationText(medianTime)}
          </figcaption>
          <Table className="w-auto">
            <TableCaption>Students per score band</TableCaption>
            <TableHeader>
              <TableHead>Score</TableHead>
              <TableHead>Students</TableHead>
            </TableHeader>
            <TableBody>
              {bands.map((b) => (
                <TableRow key={b.label}>
                  <TableRowHeader>{b.label}</TableRowHeader>
                  <TableCell>{b.students}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </figure>
      )}
    </section>
  );
}
