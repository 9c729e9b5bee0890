import Link from "next/link";
import { formatDateTime } from "@/components/ui/format-date-time";
import type { QuizAssignment } from "@/lib/quiz/quiz-view";
import { cn } from "@/components/ui/cn";

const box = "rounded-md border p-3 text-sm";

/** Above an assignment's quiz: which class it is for, when it is due, and whether it is late or closed. */
export function AssignmentBanner({
  assignment,
  timeZone,
  now,
}: {
  assignment: QuizAssignment;
  timeZone: string;
  now: Date;
}) {
  const due = formatDateTime(assignment.dueAt, timeZone);
  if (assignment.closedAt) {
    return (
      <div role="status" className={cn(box, "border-stone-400 bg-stone-100")}>
        <p className="font-semibold">Assignment closed · {assignment.className}</p>
        <p>
          Your teacher closed this assignment on {formatDateTime(assignment.closedAt, timeZone)}. It no longer takes
          answers; the answers you gave are kept.
        </p>
      </div>
    );
  }
  const late = assignment.dueAt < now && assignment.bestScore === null;
  return (
    <div className={cn(box, late ? "border-amber-700 bg-amber-50" : "border-stone-200 bg-white")}>
      <p className="font-semibold">Assignment · {assignment.className}</p>
      <p>
        Due {due}.{late && " The due date has passed: you can still finish, and your work will be marked late."}
      </p>
    </div>
  );
}

/** On a lesson opened from the library while it is also set as work: point to the assignment. */
export function PendingAssignmentNotice({
  assignment,
  timeZone,
  href,
}: {
  assignment: QuizAssignment;
  timeZone: string;
  /** Where "Open the assignment" goes: the lesson page, or its no-JavaScript quiz. */
  href: string;
}) {
  return (
    <div className={cn(box, "border-accent bg-white")}>
      <p>
        This lesson is assigned to you in {assignment.className}, due {formatDateTime(assignment.dueAt, timeZone)}.{" "}
        <Link href={href}>Open the assignment</Link> so your teacher sees your work. Answers below are your own
        practice.
      </p>
    </div>
  );
}

/** Teachers and administrators taking a lesson see it as a student would; say what happens to their answers. */
export function PreviewNotice() {
  return (
    <p className={cn(box, "border-stone-200 bg-white")}>
      You are seeing this lesson as a student does. Your answers are kept as your own practice and never appear in class
      reports.
    </p>
  );
}

/** An assignment link that is not (or no longer) this student's, or not for this lesson. */
export function AssignmentUnavailable() {
  return (
    <div role="alert" className={cn(box, "border-red-700 bg-red-50 text-red-900")}>
      <p className="font-semibold">This assignment is not on your list</p>
      <p>
        Your teacher may have removed it or archived the class, or the link belongs to another account. Your assignments
        are on your <Link href="/home">home page</Link>.
      </p>
    </div>
  );
}

export function AssignmentNotOpen({ opensAt, timeZone }: { opensAt: Date; timeZone: string }) {
  return (
    <div role="status" className={cn(box, "border-stone-200 bg-white")}>
      <p className="font-semibold">Not open yet</p>
      <p>Your teacher scheduled this assignment to open on {formatDateTime(opensAt, timeZone)}.</p>
    </div>
  );
}
