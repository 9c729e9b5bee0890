import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { AddStudentsForm } from "@/components/teach/add-students-form";
import { AssignmentForm } from "@/components/teach/assignment-form";
import { AssignmentList } from "@/components/teach/assignment-list";
import { ClassDetailsForm } from "@/components/teach/class-details-form";
import { JoinCodePanel } from "@/components/teach/join-code-panel";
import { RosterTable } from "@/components/teach/roster-table";
import type { ClassAssignment } from "@/db/queries/assignments";
import type { ClassDetails } from "@/db/queries/classes";
import type { RosterEntry } from "@/db/queries/rosters";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import type { FormState } from "@/lib/form-state";
import { plural } from "@/lib/plural";
import type { AddStudentsResult } from "@/server/forms/rosters";

type Action<R = never> = (prev: FormState<R>, formData: FormData) => Promise<FormState<R>>;

/** The class page's forms: one list for the page rendered per request and the prerendered one. */
export type ClassPageActions = {
  setJoinEnabled: Action;
  rotateJoinCode: Action;
  setAssignmentClosed: Action;
  deleteAssignment: Action;
  createAssignment: Action;
  addStudents: Action<AddStudentsResult>;
  updateClass: Action;
  archiveClass: Action;
};

type LessonChoice = { id: string; title: string };

type Props = {
  details: ClassDetails;
  roster: RosterEntry[];
  assignments: ClassAssignment[];
  /** The build's lessons (not the demos), and the teacher's own published (and shared) ones. */
  builtInLessons: LessonChoice[];
  authoredLessons: LessonChoice[];
  timeZone: string;
  showTeacher: boolean;
  actions: ClassPageActions;
  /**
   * Without JavaScript (the page rendered per request): what a form posted to its plain endpoint
   * left to show, once. Absent on the prerendered page, whose forms call their actions.
   */
  plain?: { assignment?: FormState; addStudents?: FormState<AddStudentsResult> };
};

/**
 * A class: its assignments, roster, join code and settings, with their forms. Drawn by the server
 * on the page for browsers without JavaScript (app/teach/classes/[classId]) and by the browser on
 * the prerendered page (./live-class-page.tsx), from the same figures.
 */
export function ClassPageView(props: Props) {
  const { details, roster, assignments, builtInLessons, authoredLessons, timeZone, showTeacher, actions, plain } =
    props;
  const classId = details.id;
  const lessons = [
    ...builtInLessons,
    ...authoredLessons.map((l) => ({ id: l.id, title: `${l.title} (teacher's lesson)` })),
  ];
  return (
    <div className="space-y-10">
      <ClassHeader details={details} showTeacher={showTeacher} />
      <ToReview classId={classId} assignments={assignments} />
      <JoinCodePanel
        classId={classId}
        joinCode={details.joinCode}
        joinEnabled={details.joinEnabled}
        archived={Boolean(details.archivedAt)}
        actions={{ setJoinEnabled: actions.setJoinEnabled, rotate: actions.rotateJoinCode }}
      />
      <section aria-labelledby="assignments-heading" className="space-y-4">
        <h2 id="assignments-heading" className="text-2xl font-semibold">
          Assignments
        </h2>
        <AssignmentList
          classId={classId}
          assignments={assignments}
          timeZone={timeZone}
          now={new Date()}
          actions={{ setClosed: actions.setAssignmentClosed, remove: actions.deleteAssignment }}
        />
        <h3 id="assign-lesson" className="text-lg font-semibold">
          Assign a lesson
        </h3>
        <AssignmentForm
          action={actions.createAssignment}
          fields={{ classId }}
          lessons={lessons}
          roster={roster.map((s) => ({ id: s.id, name: s.name }))}
          timeZone={timeZone}
          submitLabel="Assign lesson"
          plain={plain && { action: `/teach/classes/${classId}/assignments`, state: plain.assignment }}
        />
      </section>
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
        <AddStudentsForm
          action={actions.addStudents}
          classId={classId}
          className={details.section ? `${details.name} (${details.section})` : details.name}
          initialState={plain?.addStudents}
        />
      </section>
      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-2xl font-semibold">
          Class details
        </h2>
        <ClassDetailsForm
          action={actions.updateClass}
          classId={classId}
          initial={{ name: details.name, section: details.section, schoolYear: details.schoolYear }}
          submitLabel="Save details"
        />
        <ActionButton
          action={actions.archiveClass}
          fields={{ classId, archived: String(!details.archivedAt) }}
          label={details.archivedAt ? "Restore the class" : "Archive the class"}
        />
      </section>
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
