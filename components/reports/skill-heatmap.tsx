"use client";

// A client component for its payload, not for interactivity: the page sends this table as
// compact props, where a server component would send every cell twice (HTML and RSC tree).
import Link from "next/link";
import { SKILL_IDS, SKILLS } from "@/lib/content/skills";
import { LEVEL_LABELS, type MasteryLevel, type SkillMastery } from "@/lib/mastery";
import { percentText } from "@/lib/reports/format";

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
  if (rows.length === 0) return <p className="text-muted">No students yet. Share the join code and their skills appear here.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse bg-white text-xs">
        <caption className="sr-only">Skill mastery by student</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">Student</th>
            {SKILL_IDS.map((id) => (
              <th key={id} scope="col" className="w-28 p-2 text-left align-bottom">
                {SKILLS[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-stone-200">
              <th scope="row" className="p-2 text-left font-medium">
                <Link href={`/teach/classes/${classId}/students/${r.id}`} prefetch={false}>{r.name}</Link>
              </th>
              {r.skills.map((s) => (
                <td key={s.skill} className={`border border-stone-200 p-2 ${FILL[s.level]}`}>
                  <span className="block font-semibold">{s.answers > 0 ? percentText(s.mastery) : "—"}</span>
                  <span className="block">{LEVEL_LABELS[s.level]}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
