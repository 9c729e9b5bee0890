"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import { formatDateTime } from "@/components/ui/format-date-time";
import type { StudentProgressOnAssignment } from "@/db/queries/assignment-progress";

type Props = { students: StudentProgressOnAssignment[]; dueAt: Date; closed: boolean; timeZone: string; now: Date };

/** Who has done the assignment, who is on it, who has not started: in words, never a colour alone. */
export function AssignmentProgressTable({ students, dueAt, closed, timeZone, now }: Props) {
  if (students.length === 0) return <p className="text-muted">Nobody has this assignment yet: the class roster is empty.</p>;
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="p-2">Student</th>
          <th scope="col" className="p-2">Status</th>
          <th scope="col" className="p-2">Best score</th>
          <th scope="col" className="p-2">First finished</th>
        </tr>
      </thead>
      <tbody>
        {students.map((s) => (
          <tr key={s.studentId} className="border-b border-stone-200">
            <th scope="row" className="p-2 text-left font-medium">
              {s.name}
            </th>
            <td className="p-2">{statusOf(s, dueAt, closed, now)}</td>
            <td className="p-2">{s.bestScore === null ? "—" : `${Math.round(s.bestScore * 100)}%`}</td>
            <td className="p-2">{s.firstCompletedAt ? formatDateTime(s.firstCompletedAt, timeZone) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function statusOf(s: StudentProgressOnAssignment, dueAt: Date, closed: boolean, now: Date): string {
  if (s.bestScore !== null) return s.late ? "Done late" : "Done";
  const started = s.answered > 0 ? `In progress: ${s.answered} of ${s.questionCount} answered` : "Not started";
  if (closed) return `${started} (closed)`;
  return dueAt < now ? `${started} · overdue` : started;
}
