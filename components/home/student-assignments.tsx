import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date-time";
import type { StudentAssignment } from "@/db/queries/student-assignments";
import { assignmentStatus, lessonHref, type AssignmentStatus } from "@/lib/assignments/status";
import { cn } from "@/components/ui/cn";

const GROUPS: { status: AssignmentStatus; heading: string }[] = [
  { status: "overdue", heading: "Overdue" },
  { status: "due-soon", heading: "Due soon" },
  { status: "to-do", heading: "To do" },
  { status: "done", heading: "Done" },
  { status: "missed", heading: "Closed before you finished" },
];

/** A student's assignments, grouped the way they plan their week: what is late, what is next, what is done. */
export function StudentAssignments({
  assignments,
  timeZone,
  now,
}: {
  assignments: StudentAssignment[];
  timeZone: string;
  now: Date;
}) {
  if (assignments.length === 0) {
    return (
      <p className="text-muted">
        No assignments yet. When your teacher assigns a lesson, it appears here with its due date.
      </p>
    );
  }
  // Node 20 has no Map.groupBy.
  const byStatus = new Map<AssignmentStatus, StudentAssignment[]>();
  for (const a of assignments) {
    const status = assignmentStatus(a, now);
    byStatus.set(status, [...(byStatus.get(status) ?? []), a]);
  }
  return (
    <div className="space-y-6">
      {GROUPS.filter((g) => byStatus.has(g.status)).map((g) => (
        <section key={g.status} aria-labelledby={`assignments-${g.status}`} className="space-y-2">
          <h3 id={`assignments-${g.status}`} className="text-lg font-semibold">
            {g.heading} <span className="text-muted">({byStatus.get(g.status)!.length})</span>
          </h3>
          <ul className="space-y-2">
            {byStatus.get(g.status)!.map((a) => (
              <AssignmentItem key={a.id} assignment={a} status={g.status} timeZone={timeZone} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function AssignmentItem({
  assignment: a,
  status,
  timeZone,
}: {
  assignment: StudentAssignment;
  status: AssignmentStatus;
  timeZone: string;
}) {
  const borders: Record<AssignmentStatus, string> = {
    overdue: "border-l-amber-700",
    "due-soon": "border-l-accent",
    "to-do": "border-l-stone-300",
    done: "border-l-green-700",
    missed: "border-l-stone-400",
  };
  return (
    <li className={cn("rounded-lg border border-l-4 border-stone-200 bg-white p-4", borders[status])}>
      <p className="font-serif text-lg font-semibold">
        <Link href={lessonHref(a.lessonId, a.id)}>{a.lessonTitle}</Link>
      </p>
      <p className="text-sm text-muted">
        {a.className} · due {formatDateTime(a.dueAt, timeZone)}
      </p>
      <p className="mt-1 text-sm">{describe(a, status)}</p>
    </li>
  );
}

function describe(a: StudentAssignment, status: AssignmentStatus): string {
  if (status === "done")
    return `Done · best score ${Math.round((a.bestScore ?? 0) * 100)}%${a.doneLate ? " · handed in late" : ""}`;
  const progress =
    a.answeredInOpenAttempt > 0 ? `${a.answeredInOpenAttempt} of ${a.questionCount} answered` : "Not started";
  if (status === "missed") return `${progress} · your teacher closed it`;
  if (status === "overdue") return `${progress} · past the due date: you can still finish it, marked late`;
  return progress;
}
