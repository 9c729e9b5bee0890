import Link from "next/link";
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
import type { GridRow } from "@/db/queries/reports/assignment-report";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { durationText } from "@/lib/reports/format";
import { scoreBands } from "@/lib/reports/score-bands";
import type { AssignmentReport } from "@/server/reports/assignment-report";
import { reportHref } from "@/lib/reports/report-href";
import { ReportLinks } from "./report-links";

/**
 * The assignment report, drawn from its figures: by the browser on the prerendered report page
 * (./live-report.tsx), and by the server on the page for browsers without JavaScript.
 */
type Props = { report: AssignmentReport; timeZone: string; plain?: boolean };

export function AssignmentReportView({ report, timeZone, plain = false }: Props) {
  const { header, grid, items } = report;
  const { classId, id: assignmentId } = header;
  return (
    <ReportLinks plain={plain}>
      <div className="space-y-10">
        <header className="space-y-1">
          <p className="text-sm">
            <Link href={reportHref(`/teach/classes/${classId}/report`, plain)}>← Class report: {header.className}</Link>
          </p>
          <h1 className="font-serif text-3xl font-bold">Assignment report: {header.lessonTitle}</h1>
          <p className="text-muted">
            Due {formatDateTime(header.dueAt, timeZone)}
            {header.closedAt && ` · closed ${formatDateTime(header.closedAt, timeZone)}`} ·{" "}
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
            timeZone={timeZone}
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
    </ReportLinks>
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
