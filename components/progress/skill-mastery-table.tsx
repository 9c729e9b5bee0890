import { LEVEL_LABELS, type SkillMastery } from "@/lib/mastery";
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

/** Mastery per skill as a table: the numbers and the level in words, with a bar as decoration. */
export function SkillMasteryTable({ skills }: { skills: SkillMastery[] }) {
  return (
    <Table scrollLabel="Mastery per skill">
      <TableCaption>Mastery per skill</TableCaption>
      <TableHeader>
        <TableHead>Skill</TableHead>
        <TableHead>Level</TableHead>
        <TableHead>Recent score</TableHead>
        <TableHead>Answers counted</TableHead>
      </TableHeader>
      <TableBody>
        {skills.map((s) => (
          <TableRow key={s.skill}>
            <TableRowHeader>{s.label}</TableRowHeader>
            <TableCell>{LEVEL_LABELS[s.level]}</TableCell>
            <TableCell>
              {s.mastery === null ? (
                "—"
              ) : (
                <span className="flex items-center gap-2">
                  <span className="w-10 tabular-nums">{Math.round(s.mastery * 100)}%</span>
                  <span aria-hidden="true" className="h-2 w-24 overflow-hidden rounded-full bg-stone-200">
                    <span className="block h-full bg-accent" style={{ width: `${Math.round(s.mastery * 100)}%` }} />
                  </span>
                </span>
              )}
            </TableCell>
            <TableCell className="tabular-nums">{s.answers}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
