"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
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
import type { GridRow, ReportQuestion } from "@/db/queries/reports/assignment-report";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { RUBRIC_LEVELS } from "@/lib/content/skills";
import { durationText, percentText } from "@/lib/reports/format";
import { ReportLink } from "./report-links";

type Props = { classId: string; assignmentId: string; questions: ReportQuestion[]; rows: GridRow[]; timeZone: string };

/** The attempt's score counts what is scored (attempt_score); answers still to review are named beside it. */
function scoreText(r: GridRow): string {
  const awaiting = r.answers.filter((a) => a.score === null).length;
  const score = r.score === null ? "not scored yet" : percentText(r.score);
  return awaiting > 0 ? `${score} (${awaiting} awaiting review)` : score;
}

function Cell({ answer, reviewHref }: { answer: GridRow["answers"][number] | undefined; reviewHref: string }) {
  if (!answer)
    return (
      <span className="text-muted">
        —<span className="sr-only"> not answered</span>
      </span>
    );
  // A written answer: its rubric level once scored, else a link to score it.
  if (answer.level)
    return <Link href={`${reviewHref}?answer=${answer.answerId}`}>{RUBRIC_LEVELS[answer.level].label}</Link>;
  if (answer.score === null)
    return (
      <Link href={`${reviewHref}?answer=${answer.answerId}`} className="whitespace-nowrap">
        Awaiting review
      </Link>
    );
  if (answer.correct)
    return (
      <span className="font-semibold text-green-800">
        <span aria-hidden="true">✓</span>
        <span className="sr-only">right</span>
      </span>
    );
  if (answer.score > 0)
    return (
      <span className="text-amber-900">
        {percentText(answer.score)}
        <span className="sr-only"> partly right</span>
      </span>
    );
  return (
    <span className="text-red-800">
      <span aria-hidden="true">✗</span>
      <span className="sr-only">wrong</span>
    </span>
  );
}

/** Students × questions for the attempt that counts (the best completed one, else the one in progress). */
export function AssignmentGrid({ classId, assignmentId, questions, rows, timeZone }: Props) {
  if (rows.length === 0) return <p className="text-muted">Nobody has this assignment: the class roster is empty.</p>;
  return (
    <div className="relative overflow-x-auto">
      <Table className="w-auto">
        <TableCaption>
          Answers by student and question: ✓ right, ✗ wrong, a percentage for partly right, a rubric level for a scored
          written answer, a dash for not answered
        </TableCaption>
        <TableHeader>
          <TableHead>Student</TableHead>
          <TableHead>Score</TableHead>
          {questions.map((q) => (
            <TableHead key={q.id} className="text-center">
              <abbr title={q.prompt}>Q{q.number}</abbr>
            </TableHead>
          ))}
          <TableHead>Time spent</TableHead>
          <TableHead>Finished</TableHead>
          <TableHead>Attempts</TableHead>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.studentId}>
              <TableRowHeader className="whitespace-nowrap">
                <ReportLink href={`/teach/classes/${classId}/students/${r.studentId}`} prefetch={false}>
                  {r.name}
                </ReportLink>
              </TableRowHeader>
              <TableCell>{r.completed ? scoreText(r) : r.attemptNumber ? "In progress" : "Not started"}</TableCell>
              {questions.map((q) => (
                <TableCell key={q.id} className="text-center">
                  <Cell
                    answer={r.answers.find((a) => a.questionId === q.id)}
                    reviewHref={reviewQueueHref(classId, assignmentId)}
                  />
                </TableCell>
              ))}
              <TableCell className="whitespace-nowrap">{durationText(r.timeSpentMs)}</TableCell>
              <TableCell className="whitespace-nowrap">
                {r.completedAt ? formatDateTime(r.completedAt, timeZone) : "—"}
                {r.late && <strong className="ml-1">(late)</strong>}
              </TableCell>
              <TableCell>{r.attempts}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
