import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
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
import { getStudentPrivacySummary } from "@/db/queries/privacy";
import { getStudentAccountAccess } from "@/db/queries/student-account-access";
import { listClassSkillScores } from "@/db/queries/reports/class-skills";
import {
  getClassStudent,
  listStudentClassAttempts,
  listStudentMasteryTimeline,
} from "@/db/queries/reports/student-report";
import { bestLessonForSkill } from "@/lib/content/catalog";
import { nextSkillToPractise, summarizeMastery } from "@/lib/mastery";
import { accountRefusals } from "@/lib/privacy/student-account-refusals";
import { masteryTimelineRows } from "@/lib/reports/mastery-timeline";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { removeStudentAction, resetStudentPasswordAction } from "../../roster-actions";
import { eraseClassStudentAction } from "./actions";

export const metadata: Metadata = { title: "Student report" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

export default async function StudentReportPage({ params }: Props) {
  const { classId, studentId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/students/${studentId}`);
  if (!z.uuid().safeParse(classId).success || !z.uuid().safeParse(studentId).success) notFound();
  const [student, attempts, scores, timeline, privacy, access] = await Promise.all([
    getClassStudent(user, classId, studentId),
    listStudentClassAttempts(user, classId, studentId),
    listClassSkillScores(user, classId, studentId),
    listStudentMasteryTimeline(user, classId, studentId, user.timeZone),
    getStudentPrivacySummary(user, studentId),
    getStudentAccountAccess(user, studentId),
  ]);
  if (!student || !access) notFound();
  const refusals = accountRefusals(access);
  const skills = summarizeMastery(scores);
  const next = nextSkillToPractise(skills);
  const suggestion = next && bestLessonForSkill(next.skill);
  const { skills: charted, rows } = masteryTimelineRows(timeline);
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/teach/classes/${classId}`}>← {student.className}</Link> ·{" "}
          <Link href={`/teach/classes/${classId}/report`}>Class report</Link>
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
          {next && suggestion ? (
            <>
              <strong>{next.label}</strong>: <Link href={`/lessons/${suggestion.id}`}>{suggestion.title}</Link>{" "}
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
        <SkillMasteryTable skills={skills} />
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
        <StudentAttemptList classId={classId} attempts={attempts} timeZone={user.timeZone} />
      </section>
      <section aria-labelledby="account-heading" className="space-y-3">
        <h2 id="account-heading" className="font-serif text-2xl font-bold">
          Account and class
        </h2>
        {refusals.resetPassword ? (
          <p className="text-muted">{refusals.resetPassword}</p>
        ) : (
          <ResetPasswordButton action={resetStudentPasswordAction} fields={{ studentId }} name={student.name} />
        )}
        <details>
          <summary className="cursor-pointer text-accent underline underline-offset-2">
            Remove {student.name} from the class…
          </summary>
          <div className="mt-2 space-y-1">
            <p>{student.name} loses this class&apos;s assignments; their answers are kept.</p>
            <ActionButton
              action={removeStudentAction}
              fields={{ classId, studentId }}
              label="Yes, remove"
              srContext={student.name}
            />
          </div>
        </details>
      </section>
      {privacy && (
        <StudentDataSection
          summary={privacy}
          downloadHref={`/teach/classes/${classId}/students/${studentId}/data`}
          viewerIsAdmin={user.role === "admin"}
          eraseForm={
            <EraseStudentForm action={eraseClassStudentAction} fields={{ classId, studentId }} name={privacy.name} />
          }
          eraseRefusal={refusals.erase}
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
