"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime } from "@/components/ui/format-date-time";
import type { ClassAssignment } from "@/db/queries/assignments";
import type { FormState } from "@/lib/form-state";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { plural } from "@/lib/plural";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  classId: string;
  assignments: ClassAssignment[];
  timeZone: string;
  now: Date;
  actions: { setClosed: Action; remove: Action };
};

/** Spelled out, never a colour alone. */
function statusOf(a: ClassAssignment, now: Date): string {
  if (a.closedAt) return "Closed";
  if (a.opensAt && a.opensAt > now) return "Not open yet";
  return a.dueAt < now ? "Past due (late work accepted)" : "Open";
}

export function AssignmentList({ classId, assignments, timeZone, now, actions }: Props) {
  if (assignments.length === 0) return <p className="text-muted">No assignments yet. Assign a lesson below.</p>;
  return (
    <ul className="space-y-3">
      {assignments.map((a) => (
        <li key={a.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="font-serif text-lg font-semibold">{a.lessonTitle}</h3>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {a.opensAt && (
              <>
                <dt className="font-semibold">Opens</dt>
                <dd>{formatDateTime(a.opensAt, timeZone)}</dd>
              </>
            )}
            <dt className="font-semibold">Due</dt>
            <dd>{formatDateTime(a.dueAt, timeZone)}</dd>
            <dt className="font-semibold">For</dt>
            <dd>{a.wholeClass ? "The whole class" : plural(a.assignedCount, "chosen student")}</dd>
            <dt className="font-semibold">Status</dt>
            <dd>{statusOf(a, now)}</dd>
            <dt className="font-semibold">Completed</dt>
            <dd>
              {a.completedCount} of {a.assignedCount}
            </dd>
            {a.awaitingReview > 0 && (
              <>
                <dt className="font-semibold">To review</dt>
                <dd>
                  <Link href={reviewQueueHref(classId, a.id)}>
                    {plural(a.awaitingReview, "written answer")}
                    <span className="sr-only"> of {a.lessonTitle}</span>
                  </Link>
                </dd>
              </>
            )}
          </dl>
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <Link href={`/teach/classes/${classId}/assignments/${a.id}/report`} className="py-1.5 text-sm">
              Report<span className="sr-only"> on {a.lessonTitle}</span>
            </Link>
            <Link href={`/teach/classes/${classId}/assignments/${a.id}`} className="py-1.5 text-sm">
              Students and dates<span className="sr-only"> of {a.lessonTitle}</span>
            </Link>
            <ActionButton
              action={actions.setClosed}
              fields={{ assignmentId: a.id, closed: String(!a.closedAt) }}
              label={a.closedAt ? "Reopen" : "Close"}
              srContext={a.lessonTitle}
            />
            <details>
              <summary className="cursor-pointer py-1.5 text-sm text-accent underline underline-offset-2">
                Remove<span className="sr-only"> {a.lessonTitle}</span>…
              </summary>
              <div className="mt-2 space-y-1 text-sm">
                <p>
                  Students keep the answers they gave, as their own practice; they no longer count for an assignment.
                </p>
                <ActionButton
                  action={actions.remove}
                  fields={{ assignmentId: a.id }}
                  label="Yes, remove the assignment"
                  srContext={a.lessonTitle}
                />
              </div>
            </details>
          </div>
        </li>
      ))}
    </ul>
  );
}
