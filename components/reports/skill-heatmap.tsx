"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import { cn } from "@/components/ui/cn";
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
import { SKILL_IDS, SKILLS } from "@/lib/content/skills";
import { LEVEL_LABELS, type MasteryLevel, type SkillMastery } from "@/lib/mastery";
import { percentText } from "@/lib/reports/format";
import { ReportLink } from "./report-links";

// The level is written in every cell; the colour only repeats it. Dark text on light fills keeps contrast.
const FILL: Record<MasteryLevel, string> = {
  "not-started": "bg-white text-muted",
  "too-early": "bg-stone-100",
  "needs-practice": "bg-red-100",
  developing: "bg-amber-100",
  strong: "bg-green-100",
};

type Row = { id: string; name: string; skills: SkillMastery[] };

/** Students × skills: each cell the student's mastery and level, from this class's work. */
export function SkillHeatmap({ classId, rows }: { classId: string; rows: Row[] }) {
  if (rows.length === 0)
    return <p className="text-muted">No students yet. Share the join code and their skills appear here.</p>;
  return (
    <div className="relative overflow-x-auto">
      <Table className="w-auto text-xs">
        <TableCaption>Skill mastery by student</TableCaption>
        {/* No rule under the header: the cells below carry their own borders. */}
        <TableHeader className="border-b-0">
          <TableHead>Student</TableHead>
          {SKILL_IDS.map((id) => (
            <TableHead key={id} className="w-28 align-bottom">
              {SKILLS[id]}
            </TableHead>
          ))}
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id} className="border-t border-b-0">
              <TableRowHeader>
                <ReportLink href={`/teach/classes/${classId}/students/${r.id}`} prefetch={false}>
                  {r.name}
                </ReportLink>
              </TableRowHeader>
              {r.skills.map((s) => (
                <TableCell key={s.skill} className={cn("border border-stone-200", FILL[s.level])}>
                  <span className="block font-semibold">{s.answers > 0 ? percentText(s.mastery) : "—"}</span>
                  <span className="block">{LEVEL_LABELS[s.level]}</span>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
