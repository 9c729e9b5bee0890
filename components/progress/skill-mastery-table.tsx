import { LEVEL_LABELS, type SkillMastery } from "@/lib/mastery";
import { ScrollTable } from "@/components/ui/scroll-table";

/** Mastery per skill as a table: the numbers and the level in words, with a bar as decoration. */
export function SkillMasteryTable({ skills }: { skills: SkillMastery[] }) {
  return (
    <ScrollTable label="Mastery per skill"><table className="w-full border-collapse bg-white text-sm">
      <caption className="sr-only">Mastery per skill</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="p-2">Skill</th>
          <th scope="col" className="p-2">Level</th>
          <th scope="col" className="p-2">Recent score</th>
          <th scope="col" className="p-2">Answers counted</th>
        </tr>
      </thead>
      <tbody>
        {skills.map((s) => (
          <tr key={s.skill} className="border-b border-stone-200">
            <th scope="row" className="p-2 text-left font-medium">{s.label}</th>
            <td className="p-2">{LEVEL_LABELS[s.level]}</td>
            <td className="p-2">
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
            </td>
            <td className="p-2 tabular-nums">{s.answers}</td>
          </tr>
        ))}
      </tbody>
    </table></ScrollTable>
  );
}
