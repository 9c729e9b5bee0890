import { AssignmentOverviewTable } from "@/components/reports/assignment-overview-table";
import { ClassSkillSummary } from "@/components/reports/class-skill-summary";
import { SkillHeatmap } from "@/components/reports/skill-heatmap";
import type { ClassReport } from "@/server/reports/class-report";
import { ReportLink, ReportLinks } from "./report-links";

/**
 * The class report, drawn from its figures: by the browser on the prerendered report page
 * (./live-report.tsx), and by the server on the page for browsers without JavaScript.
 */
type Props = { report: ClassReport; timeZone: string; plain?: boolean };

export function ClassReportView({ report, timeZone, plain = false }: Props) {
  const { classId, className } = report;
  return (
    <ReportLinks plain={plain}>
      <div className="space-y-10">
        <header className="space-y-1">
          <p className="text-sm">
            <ReportLink href={`/teach/classes/${classId}`}>← {className}</ReportLink>
          </p>
          <h1 className="font-serif text-3xl font-bold">Class report: {className}</h1>
          <p className="text-muted">
            A student&apos;s score on an assignment is their best completed attempt. Figures include every answer given
            before you opened the page.
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
          <AssignmentOverviewTable classId={classId} assignments={report.assignments} timeZone={timeZone} />
        </section>
        <section aria-labelledby="skills-heading" className="space-y-3">
          <h2 id="skills-heading" className="font-serif text-2xl font-bold">
            Skills across the class
          </h2>
          <ClassSkillSummary skills={report.skills} />
        </section>
        <section aria-labelledby="heatmap-heading" className="space-y-3">
          <h2 id="heatmap-heading" className="font-serif text-2xl font-bold">
            Skill mastery by student
          </h2>
          <p className="text-sm text-muted">
            From answers in this class&apos;s assignments. Open a student for their history.
          </p>
          <SkillHeatmap classId={classId} rows={report.rows} />
        </section>
      </div>
    </ReportLinks>
  );
}
