import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionButton } from "@/components/ui/action-button";
import { AddStudentsForm } from "@/components/teach/add-students-form";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { AssignmentList } from "@/components/teach/assignment-list";
import { ClassDetailsForm } from "@/components/teach/class-details-form";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RosterTable } from "@/components/teach/roster-table";
import { listClassAssignments, type ClassAssignment } from "@/db/queries/assignments";
import { getManagedClass, type ClassDetails } from "@/db/queries/classes";
import { listRoster, type RosterEntry } from "@/db/queries/rosters";
import { listAssignableAuthoredLessons } from "@/db/queries/teacher-lessons";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { listLessons } from "@/lib/content/catalog";
import type { FormState } from "@/lib/form-state";
import { plural } from "@/lib/plural";
import { readFormResult } from "@/server/forms/read-result";
import { addStudentsResultSchema, type AddStudentsResult } from "@/server/forms/rosters";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { archiveClassAction, rotateJoinCodeAction, setJoinEnabledAction, updateClassAction } from "./actions";
import { createAssignmentAction, deleteAssignmentAction, setAssignmentClosedAction } from "./assignments/actions";
import { addStudentsAction } from "./roster-actions";

export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}`);
  if (!z.uuid().safeParse(classId).success) notFound();
  const [details, roster, assignments, authoredLessons, assignmentResult, addStudentsResult] = await Promise.all([
    getManagedClass(user, classId),
    listRoster(user, classId),
    listClassAssignments(user, classId),
    listAssignableAuthoredLessons(user),
    // What a form posted without JavaScript left to show (lib/forms): the new logins, once.
    readFormResult("create-assignment"),
    readFormResult("add-students", addStudentsResultSchema),
  ]);
  // Someone else's class looks exactly like a missing one.
  if (!details) notFound();
  return (
    <div className="space-y-10">
      <ClassHeader details={details} showTeacher={user.role === "admin"} />
      <ToReview classId={classId} assignments={assignments} />
      <JoinCodePanel
        classId={classId}
        joinCode={details.joinCode}
        joinEnabled={details.joinEnabled}
        archived={Boolean(details.archivedAt)}
        actions={{ setJoinEnabled: setJoinEnabledAction, rotate: rotateJoinCodeAction }}
      />
      <AssignmentsSection
        classId={classId}
        assignments={assignments}
        roster={roster}
        timeZone={user.timeZone}
        authoredLessons={authoredLessons}
        formResult={assignmentResult}
      />
      <RosterSection
        classId={classId}
        roster={roster}
        className={details.section ? `${details.name} (${details.section})` : details.name}
        formResult={addStudentsResult}
      />
      <DetailsSection details={details} />
    </div>
  );
}

function ClassHeader({ details, showTeacher }: { details: ClassDetails; showTeacher: boolean }) {
  return (
    <header className="space-y-1">
      <p className="text-sm">
        <Link href="/teach">← Teaching</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{details.name}</h1>
      <p className="text-muted">
        {[details.section, details.schoolYear, showTeacher ? `teacher: ${details.teacherName}` : null]
          .filter(Boolean)
          .join(" · ")}
        {details.archivedAt && <strong className="ml-2 text-ink">Archived</strong>}
      </p>
      <p>
        <Link href={`/teach/classes/${details.id}/report`}>Class report: scores, skills and item analysis</Link>
      </p>
    </header>
  );
}

/** What the teacher sees first: written answers waiting for them, and where to start. */
function ToReview({ classId, assignments }: { classId: string; assignments: ClassAssignment[] }) {
  const waiting = assignments.filter((a) => a.awaitingReview > 0);
  const total = waiting.reduce((sum, a) => sum + a.awaitingReview, 0);
  if (total === 0) return null;
  return (
    <section aria-labelledby="to-review-heading" className="rounded-lg border-2 border-accent bg-white p-4">
      <h2 id="to-review-heading" className="font-semibold">
        To review: {plural(total, "written answer")}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {waiting.map((a) => (
          <li key={a.id}>
            <Link href={reviewQueueHref(classId, a.id)}>
              Review {a.lessonTitle} ({a.awaitingReview})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

type SectionProps = { classId: string; roster: RosterEntry[] };

type AssignmentsProps = SectionProps & {
  assignments: ClassAssignment[];
  timeZone: string;
  authoredLessons: { id: string; title: string }[];
  formResult?: FormState;
};

function AssignmentsSection({ classId, roster, assignments, timeZone, authoredLessons, formResult }: AssignmentsProps) {
  const lessons = [
    ...listLessons().filter((l) => !l.demo),
    ...authoredLessons.map((l) => ({ id: l.id, title: `${l.title} (teacher's lesson)` })),
  ];
  return (
    <section aria-labelledby="assignments-heading" className="space-y-4">
      <h2 id="assignments-heading" className="text-2xl font-semibold">
        Assignments
      </h2>
      <AssignmentList
        classId={classId}
        assignments={assignments}
        timeZone={timeZone}
        now={new Date()}
        actions={{ setClosed: setAssignmentClosedAction, remove: deleteAssignmentAction }}
      />
      <h3 id="assign-lesson" className="text-lg font-semibold">
        Assign a lesson
      </h3>
      <AssignmentForm
        action={createAssignmentAction}
        fields={{ classId }}
        lessons={lessons.map((l) => ({ id: l.id, title: l.title }))}
        roster={roster.map((s) => ({ id: s.id, name: s.name }))}
        timeZone={timeZone}
        submitLabel="Assign lesson"
        plain={{ action: `/teach/classes/${classId}/assignments`, state: formResult }}
      />
    </section>
  );
}

function RosterSection({
  classId,
  roster,
  className,
  formResult,
}: SectionProps & { className: string; formResult?: FormState<AddStudentsResult> }) {
  return (
    <section aria-labelledby="roster-heading" className="space-y-4">
      <h2 id="roster-heading" className="text-2xl font-semibold">
        Roster ({roster.length})
      </h2>
      <p className="text-sm text-muted">
        Open a student for their work, to reset the password of a login you made, or to remove them from the class.
        Students who signed up with their own email change their own password.
      </p>
      <RosterTable classId={classId} roster={roster} />
      <h3 id="add-students" className="text-lg font-semibold">
        Add students without email
      </h3>
      <AddStudentsForm action={addStudentsAction} classId={classId} className={className} initialState={formResult} />
    </section>
  );
}

function DetailsSection({ details }: { details: ClassDetails }) {
  return (
    <section aria-labelledby="details-heading" className="space-y-4">
      <h2 id="details-heading" className="text-2xl font-semibold">
        Class details
      </h2>
      <ClassDetailsForm
        action={updateClassAction}
        classId={details.id}
        initial={{ name: details.name, section: details.section, schoolYear: details.schoolYear }}
        submitLabel="Save details"
      />
      <ActionButton
        action={archiveClassAction}
        fields={{ classId: details.id, archived: String(!details.archivedAt) }}
        label={details.archivedAt ? "Restore the class" : "Archive the class"}
      />
    </section>
  );
}
