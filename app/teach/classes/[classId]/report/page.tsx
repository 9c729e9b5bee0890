import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AssignmentOverviewTable } from "@/components/reports/assignment-overview-table";
import { ClassSkillSummary } from "@/components/reports/class-skill-summary";
import { SkillHeatmap } from "@/components/reports/skill-heatmap";
import { getManagedClass } from "@/db/queries/classes";
import { listAssignmentOverview } from "@/db/queries/reports/class-overview";
import { listClassSkillScores, listReportRoster } from "@/db/queries/reports/class-skills";
import { classSkillMastery, studentSkillRows } from "@/lib/reports/class-mastery";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Class report" };

type Props = { params: Promise<{ classId: string }> };

export default async function ClassReportPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}/report`);
  if (!z.uuid().safeParse(classId).success) notFound();
  const [klass, assignments, roster, scores] = await Promise.all([
    getManagedClass(user, classId),
    listAssignmentOverview(user, classId),
    listReportRoster(user, classId),
    listClassSkillScores(user, classId),
  ]);
  if (!klass) notFound();
  const rows = studentSkillRows(roster, scores);
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/teach/classes/${classId}`}>← {klass.name}</Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Class report: {klass.name}</h1>
        <p className="text-muted">
          A student&apos;s score on an assignment is their best completed attempt. Figures are computed when you open
          the page.
        </p>
        <p className="flex flex-wrap gap-x-6">
          <a href={`/teach/classes/${classId}/answers.csv`} download>
            Download every answer (CSV)
          </a>
          <a href={`/teach/classes/${classId}/scores.csv`} download>
            Download scores per student (CSV)
          </a>
        </p>
      </header>
      <section aria-labelledby="assignments-heading" className="space-y-3">
        <h2 id="assignments-heading" className="font-serif text-2xl font-bold">
          Assignments
        </h2>
        <AssignmentOverviewTable classId={classId} assignments={assignments} timeZone={user.timeZone} />
      </section>
      <section aria-labelledby="skills-heading" className="space-y-3">
        <h2 id="skills-heading" className="font-serif text-2xl font-bold">
          Skills across the class
        </h2>
        <ClassSkillSummary skills={classSkillMastery(rows)} />
      </section>
      <section aria-labelledby="heatmap-heading" className="space-y-3">
        <h2 id="heatmap-heading" className="font-serif text-2xl font-bold">
          Skill mastery by student
        </h2>
        <p className="text-sm text-muted">
          From answers in this class&apos;s assignments. Open a student for their history.
        </p>
        <SkillHeatmap classId={classId} rows={rows} />
      </section>
    </div>
  );
}
