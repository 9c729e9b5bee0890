import Link from "next/link";
import { ResetPasswordButton } from "@/components/account/reset-password-button";
import { EraseStudentForm } from "@/components/privacy/erase-student-form";
import { StudentDataSection } from "@/components/privacy/student-data-section";
import { SkillMasteryTable } from "@/components/progress/skill-mastery-table";
import { MasteryTimelineChart } from "@/components/reports/charts";
import { StudentAttemptList } from "@/components/reports/student-attempt-list";
import { ActionButton } from "@/components/ui/action-button";
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
import type { FormState } from "@/lib/form-state";
import type { StudentReport } from "@/server/reports/student-report";
import { reportHref } from "@/lib/reports/report-href";

type Action<R = never> = (prev: FormState<R>, formData: FormData) => Promise<FormState<R>>;

/** The server actions of the page's account controls, passed down by the page that imports them. */
export type StudentReportActions = {
  resetPassword: Action<{ name: string; login: string; password: string }>;
  remove: Action;
  erase: Action;
};

type Props = { report: StudentReport; timeZone: string; actions: StudentReportActions; plain?: boolean };

/**
 * A student's work in a class and their account's controls: drawn by the browser on the
 * prerendered page (./live-report.tsx), and by the server on the page for browsers without
 * JavaScript.
 */
export function StudentReportView({ report, timeZone, actions, plain = false }: Props) {
  const { classId, student, next, account } = report;
  const studentId = student.id;
  const { skills: charted, rows } = report.timeline;
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={reportHref(`/teach/classes/${classId}`, plain)}>← {student.className}</Link> ·{" "}
          <Link href={reportHref(`/teach/classes/${classId}/report`, plain)}>Class report</Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">{student.name}</h1>
        <p className="text-muted">
          Signs in with <span className="font-mono">{student.login}</span> · from this class&apos;s assignments only
        </p>
      </header>
      <section aria-labelledby="next-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="next-heading" className="text-xl font-semibold">
          What to practise next
        </h2>
        <p className="mt-2">
          {next && next.lesson ? (
            <>
              <strong>{next.label}</strong>: <Link href={`/lessons/${next.lesson.id}`}>{next.lesson.title}</Link>{" "}
              practises it.
            </>
          ) : next ? (
            <>
              <strong>{next.label}</strong> has too few answers to tell yet.
            </>
          ) : (
            "Every skill is strong in this class's work."
          )}
        </p>
      </section>
      <section aria-labelledby="skills-heading" className="space-y-3">
        <h2 id="skills-heading" className="font-serif text-2xl font-bold">
          Skills now
        </h2>
        <SkillMasteryTable skills={report.skills} />
      </section>
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="font-serif text-2xl font-bold">
          Mastery over time
        </h2>
        {rows.length === 0 ? (
          <p className="text-muted">No answers yet.</p>
        ) : (
          <figure className="space-y-3">
            <MasteryTimelineChart days={rows} skills={charted} />
            <figcaption className="text-sm text-muted">
              Each skill&apos;s mastery at the end of each day the student answered it.
            </figcaption>
            <TimelineTable rows={rows} skills={charted} />
          </figure>
        )}
      </section>
      <section aria-labelledby="attempts-heading" className="space-y-3">
        <h2 id="attempts-heading" className="font-serif text-2xl font-bold">
          Attempts and answers
        </h2>
        <StudentAttemptList classId={classId} attempts={report.attempts} timeZone={timeZone} />
      </section>
      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="font-serif text-2xl font-bold">
          Account and class
        </h2>
        {account.refusals.resetPassword ? (
          <p className="text-muted">{account.refusals.resetPassword}</p>
        ) : (
          <ResetPasswordButton action={actions.resetPassword} fields={{ studentId }} name={student.name} />
        )}
        <details>
          <summary className="cursor-pointer text-accent underline underline-offset-2">
            Remove {student.name} from the class…
          </summary>
          <div className="mt-2 space-y-1">
            <p>{student.name} loses this class&apos;s assignments; their answers are kept.</p>
            <ActionButton
              action={actions.remove}
              fields={{ classId, studentId }}
              label="Yes, remove"
              srContext={student.name}
            />
          </div>
        </details>
      </section>
      {account.privacy && (
        <StudentDataSection
          summary={account.privacy}
          downloadHref={`/teach/classes/${classId}/students/${studentId}/data`}
          viewerIsAdmin={account.viewerIsAdmin}
          eraseForm={
            <EraseStudentForm action={actions.erase} fields={{ classId, studentId }} name={account.privacy.name} />
          }
          eraseRefusal={account.refusals.erase}
        />
      )}
    </div>
  );
}

function TimelineTable({
  rows,
  skills,
}: {
  rows: Record<string, number | string | null>[];
  skills: { id: string; label: string }[];
}) {
  return (
    <div className="relative overflow-x-auto">
      <Table className="w-auto">
        <TableCaption>Mastery per skill by day</TableCaption>
        <TableHeader>
          <TableHead>Day</TableHead>
          {skills.map((s) => (
            <TableHead key={s.id}>{s.label}</TableHead>
          ))}
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={String(r.day)}>
              <TableRowHeader>{r.day}</TableRowHeader>
              {skills.map((s) => (
                <TableCell key={s.id}>{r[s.id] === null ? "—" : `${r[s.id]}%`}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
