"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
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
import type { StudentAttempt } from "@/db/queries/reports/student-report";
import Link from "next/link";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { RUBRIC_LEVELS } from "@/lib/content/skills";
import { percentText } from "@/lib/reports/format";

/** A student's attempts at the class's assignments, newest first; each opens to its answers. */
export function StudentAttemptList({
  classId,
  attempts,
  timeZone,
}: {
  classId: string;
  attempts: StudentAttempt[];
  timeZone: string;
}) {
  if (attempts.length === 0) return <p className="text-muted">No attempts at this class&apos;s assignments yet.</p>;
  return (
    <ul className="space-y-3">
      {attempts.map((a) => (
        <li key={a.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <details>
            <summary className="cursor-pointer">
              <span className="font-semibold">{a.lessonTitle}</span>, attempt {a.number}:{" "}
              {a.completedAt
                ? `${percentText(a.score)}, finished ${formatDateTime(a.completedAt, timeZone)}${a.late ? " (late)" : ""}`
                : `in progress, ${a.answers.length} of ${a.questionCount} answered`}
            </summary>
            <Table className="mt-3 bg-transparent" scrollLabel={`Answers in ${a.lessonTitle}, attempt ${a.number}`}>
              <TableCaption>Answers in this attempt</TableCaption>
              <TableHeader>
                <TableHead>Question</TableHead>
                <TableHead>Chose</TableHead>
                <TableHead>Result</TableHead>
              </TableHeader>
              <TableBody>
                {a.answers.map((x) => (
                  <TableRow key={x.number} className="align-top">
                    <TableRowHeader className="font-normal">
                      {x.number}. {x.prompt}
                    </TableRowHeader>
                    <TableCell>
                      {x.response !== null ? (
                        <span className="block whitespace-pre-line font-serif">{x.response}</span>
                      ) : (
                        x.chosen.join(" / ")
                      )}
                      <ShownOrder shown={x.shown} chosen={x.chosen} />
                      {x.marked !== null && (
                        <span className="mt-1 block text-sm">
                          Marked in the article:{" "}
                          {x.marked.length ? x.marked.map((m, i) => <q key={i}>{m}</q>) : "nothing"}
                        </span>
                      )}
                    </TableCell>
                    <TableCell>
                      <AnswerResult
                        answer={x}
                        reviewHref={reviewQueueHref(classId, a.assignmentId, { answer: x.answerId })}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** How one answer was judged, in words; a written one by its rubric level (or a link to score it). */
function AnswerResult({ answer: x, reviewHref }: { answer: StudentAttempt["answers"][number]; reviewHref: string }) {
  if (x.review)
    return (
      <>
        <Link href={reviewHref}>{RUBRIC_LEVELS[x.review.level].label}</Link>
        {x.review.comment && <span className="mt-1 block text-sm">Your comment: “{x.review.comment}”</span>}
      </>
    );
  if (x.score === null) return <Link href={reviewHref}>Awaiting review</Link>;
  if (x.evidenceCredit !== null)
    return `${x.correct ? "Right answer" : "Wrong answer"}; evidence ${percentText(x.evidenceCredit)} (score ${percentText(x.score)})`;
  if (x.correct) return "Right";
  return x.score > 0 ? `Partly right (${percentText(x.score)})` : "Wrong";
}

/** Where the chosen option sat in the order this student saw (orders are drawn per student). */
function ShownOrder({ shown, chosen }: { shown: string[]; chosen: string[] }) {
  if (shown.length === 0) return null;
  const places = chosen.map((text) => shown.indexOf(text) + 1).filter((n) => n > 0);
  return (
    <details className="mt-1 text-muted">
      <summary className="cursor-pointer text-xs">
        Shown as option {places.join(", ")} of {shown.length}
      </summary>
      <ol className="mt-1 list-decimal pl-5 text-xs">
        {shown.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
    </details>
  );
}
