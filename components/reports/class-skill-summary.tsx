import { SkillBarChart } from "@/components/reports/skill-bar-chart";
import { MIN_ANSWERS } from "@/lib/mastery";
import type { ClassSkillMastery } from "@/lib/reports/class-mastery";
import { percentText } from "@/lib/reports/format";

/** The class's mastery per skill: a bar chart and, carrying the same figures for everyone, a table. */
export function ClassSkillSummary({ skills }: { skills: ClassSkillMastery[] }) {
  if (skills.every((s) => s.students === 0)) {
    return <p className="text-muted">Not enough answers yet: a skill shows once a student has answered {MIN_ANSWERS} questions in it.</p>;
  }
  return (
    <figure className="space-y-3">
      <SkillBarChart data={skills.map((s) => ({ label: s.label, percent: s.mastery === null ? null : Math.round(s.mastery * 100) }))} />
      <figcaption className="text-sm text-muted">
        Class mastery: the mean of each student&apos;s mastery (their last 8 answers in the skill), over students with at least{" "}
        {MIN_ANSWERS} answers in it.
      </figcaption>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Class mastery per skill</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="p-2">Skill</th>
            <th scope="col" className="p-2">Class mastery</th>
            <th scope="col" className="p-2">Students counted</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((s) => (
            <tr key={s.skill} className="border-b border-stone-200">
              <th scope="row" className="p-2 text-left font-medium">
                {s.label}
              </th>
              <td className="p-2">{percentText(s.mastery)}</td>
              <td className="p-2">{s.students}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
