import { SKILLS, type SkillId } from "@/lib/content/skills";

type Point = { day: string; skill: string; mastery: number };

/** Rows for the chart and its table: one per day, a percentage (or null) per skill that has any point. */
export function masteryTimelineRows(points: Point[]) {
  const skills = [...new Set(points.map((p) => p.skill))].map((id) => ({ id, label: SKILLS[id as SkillId] ?? id }));
  const days = [...new Set(points.map((p) => p.day))].sort();
  const rows = days.map((day) => {
    const row: Record<string, number | string | null> = { day };
    for (const s of skills) {
      const point = points.find((p) => p.day === day && p.skill === s.id);
      row[s.id] = point ? Math.round(point.mastery * 100) : null;
    }
    return row;
  });
  return { skills, rows };
}
