import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { AssignmentProgressTable } from "@/components/teach/assignment-progress-table";
import { listAssignmentProgress } from "@/db/queries/assignment-progress";
import { getManagedAssignment } from "@/db/queries/assignments";
import { listRoster } from "@/db/queries/rosters";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { utcToZonedLocal } from "@/lib/time-zones";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { updateAssignmentAction } from "../actions";

export const metadata: Metadata = { title: "Assignment" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export default async function EditAssignmentPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/assignments/${assignmentId}`);
  if (!z.uuid().safeParse(assignmentId).success) notFound();
  const assignment = await getManagedAssignment(user, assignmentId);
  if (!assignment || assignment.classId !== classId) notFound();
  const [roster, progress] = await Promise.all([listRoster(user, classId), listAssignmentProgress(user, assignmentId)]);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/teach/classes/${classId}`}>← {assignment.className}</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Assignment: {assignment.lessonTitle}</h1>
      <p>
        <Link href={`/teach/classes/${classId}/assignments/${assignmentId}/report`}>
          Report: answers, score distribution and item analysis
        </Link>
        {" · "}
        <Link href={reviewQueueHref(classId, assignmentId)}>Review written answers</Link>
      </p>
      <section aria-labelledby="students-heading" className="space-y-3">
        <h2 id="students-heading" className="font-serif text-2xl font-bold">
          Students
        </h2>
        <AssignmentProgressTable
          students={progress}
          dueAt={assignment.dueAt}
          closed={assignment.closedAt !== null}
          timeZone={user.timeZone}
          now={new Date()}
        />
      </section>
      <h2 className="font-serif text-2xl font-bold">Dates and students</h2>
      <p className="text-muted">To assign a different lesson, remove this assignment and create a new one.</p>
      <AssignmentForm
        action={updateAssignmentAction}
        fields={{ assignmentId }}
        roster={roster.map((s) => ({ id: s.id, name: s.name }))}
        timeZone={user.timeZone}
        initial={{
          opensAt: assignment.opensAt ? utcToZonedLocal(assignment.opensAt, user.timeZone) : "",
          dueAt: utcToZonedLocal(assignment.dueAt, user.timeZone),
          wholeClass: assignment.wholeClass,
          studentIds: assignment.studentIds,
        }}
        submitLabel="Save assignment"
      />
    </div>
  );
}
