"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import { formatDateTime } from "@/components/ui/format-date-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHeader } from "@/components/ui/table";
import type { StudentProgressOnAssignment } from "@/db/queries/assignment-progress";

type Props = { students: StudentProgressOnAssignment[]; dueAt: Date; closed: boolean; timeZone: string; now: Date };

/** Who has done the assignment, who is on it, who has not started: in words, never a colour alone. */
export function AssignmentProgressTable({ students, dueAt, closed, timeZone, now }: Props) {
  if (students.length === 0)
    return <p className="text-muted">Nobody has this assignment yet: the class roster is empty.</p>;
  return (
    <Table>
      <TableHeader>
        <TableHead>Student</TableHead>
        <TableHead>Status</TableHead>
        <TableHead>Best score</TableHead>
        <TableHead>First finished</TableHead>
      </TableHeader>
      <TableBody>
        {students.map((s) => (
          <TableRow key={s.studentId}>
            <TableRowHeader>{s.name}</TableRowHeader>
            <TableCell>{statusOf(s, dueAt, closed, now)}</TableCell>
            <TableCell>{s.bestScore === null ? "—" : `${Math.round(s.bestScore * 100)}%`}</TableCell>
            <TableCell>{s.firstCompletedAt ? formatDateTime(s.firstCompletedAt, timeZone) : "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function statusOf(s: StudentProgressOnAssignment, dueAt: Date, closed: boolean, now: Date): string {
  if (s.bestScore !== null) return s.late ? "Done late" : "Done";
  const started = s.answered > 0 ? `In progress: ${s.answered} of ${s.questionCount} answered` : "Not started";
  if (closed) return `${started} (closed)`;
  return dueAt < now ? `${started} · overdue` : started;
}
