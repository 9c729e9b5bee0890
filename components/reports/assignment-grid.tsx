"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date-time";
import type { GridRow, ReportQuestion } from "@/db/queries/reports/assignment-report";
import { durationText, percentText } from "@/lib/reports/format";

type Props = { classId: string; questions: ReportQuestion[]; rows: GridRow[]; timeZone: string };

function Cell({ answer }: { answer: GridRow["answers"][number] | undefined }) {
  if (!answer) return <span className="text-muted">—<span className="sr-only"> not answered</span></span>;
  if (answer.correct) return <span className="font-semibold text-green-800"><span aria-hidden="true">✓</span><span className="sr-only">right</span></span>;
  if (answer.score > 0) return <span className="text-amber-900">{percentText(answer.score)}<span className="sr-only"> partly right</span></span>;
  return <span className="text-red-800"><span aria-hidden="true">✗</span><span className="sr-only">wrong</span></span>;
}

/** Students × questions for the attempt that counts (the best completed one, else the one in progress). */
export function AssignmentGrid({ classId, questions, rows, timeZone }: Props) {
  if (rows.length === 0) return <p className="text-muted">Nobody has this assignment: the class roster is empty.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse bg-white text-sm">
        <caption className="sr-only">Answers by student and question: ✓ right, ✗ wrong, a percentage for partly right, a dash for not answered</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="p-2">Student</th>
            <th scope="col" className="p-2">Score</th>
            {questions.map((q) => (
              <th key={q.id} scope="col" className="p-2 text-center">
                <abbr title={q.prompt}>Q{q.number}</abbr>
              </th>
            ))}
            <th scope="col" className="p-2">Time spent</th>
            <th scope="col" className="p-2">Finished</th>
            <th scope="col" className="p-2">Attempts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.studentId} className="border-b border-stone-200">
              <th scope="row" className="whitespace-nowrap p-2 text-left font-medium">
                <Link href={`/teach/classes/${classId}/students/${r.studentId}`} prefetch={false}>{r.name}</Link>
              </th>
              <td className="p-2">{r.completed ? percentText(r.score) : r.attemptNumber ? "In progress" : "Not started"}</td>
              {questions.map((q) => (
                <td key={q.id} className="p-2 text-center">
                  <Cell answer={r.answers.find((a) => a.questionId === q.id)} />
                </td>
              ))}
              <td className="whitespace-nowrap p-2">{durationText(r.timeSpentMs)}</td>
              <td className="whitespace-nowrap p-2">
                {r.completedAt ? formatDateTime(r.completedAt, timeZone) : "—"}
                {r.late && <strong className="ml-1">(late)</strong>}
              </td>
              <td className="p-2">{r.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
