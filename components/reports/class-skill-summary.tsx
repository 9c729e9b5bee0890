import { SkillBarChart } from "@/components/reports/charts";
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
import { MIN_ANSWERS } from "@/lib/mastery";
import type { ClassSkillMastery } from "@/lib/reports/class-mastery";
import { percentText } from "@/lib/reports/format";

/** The class's mastery per skill: a bar chart and, carrying the same figures for everyone, a table. */
export function ClassSkillSummary({ skills }: { skills: ClassSkillMastery[] }) {
  if (skills.every((s) => s.students === 0)) {
    return (
      <p className="text-muted">
        Not enough answers yet: a skill shows once a student has answered {MIN_ANSWERS} questions in it.
      </p>
    );
  }
  return (
    <figure className="space-y-3">
      <SkillBarChart
        data={skills.map((s) => ({ label: s.label, percent: s.mastery === null ? null : Math.round(s.mastery * 100) }))}
      />
      <figcaption className="text-sm text-muted">
        Class mastery: the mean of each student&apos;s mastery (their last 8 answers in the skill), over students with
        at least {MIN_ANSWERS} answers in it.
      </figcaption>
      <Table>
        <TableCaption>Class mastery per skill</TableCaption>
        <TableHeader>
          <TableHead>Skill</TableHead>
          <TableHead>Class mastery</TableHead>
          <TableHead>Students counted</TableHead>
        </TableHeader>
        <TableBody>
          {skills.map((s) => (
            <TableRow key={s.skill}>
              <TableRowHeader>{s.label}</TableRowHeader>
              <TableCell>{percentText(s.mastery)}</TableCell>
              <TableCell>{s.students}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </figure>
  );
}
