import { MIN_ANSWERS, summarizeMastery, type SkillMastery } from "@/lib/mastery";
import { SKILL_IDS, SKILLS, type SkillId } from "@/lib/content/skills";

export type ClassSkillMastery = {
  skill: SkillId;
  label: string;
  /** Mean of the mastery of students with enough answers to tell (MIN_ANSWERS); null when none. */
  mastery: number | null;
  /** Students counted in that mean. */
  students: number;
};

type Score = { studentId: string; skill: string; answers: number; mastery: number };

/** Each student's row of the heatmap: every skill, in the fixed order, levelled by the student rule. */
export function studentSkillRows(students: { id: string; name: string }[], scores: Score[]) {
  return students.map((s) => ({ ...s, skills: summarizeMastery(scores.filter((r) => r.studentId === s.id)) }));
}

/** The class's mastery per skill from the per-student figures (already aggregated in SQL). */
export function classSkillMastery(rows: { skills: SkillMastery[] }[]): ClassSkillMastery[] {
  return SKILL_IDS.map((skill) => {
    const counted = rows.map((r) => r.skills.find((s) => s.skill === skill)!).filter((s) => s.answers >= MIN_ANSWERS);
    const mastery = counted.length ? counted.reduce((sum, s) => sum + (s.mastery ?? 0), 0) / counted.length : null;
    return { skill, label: SKILLS[skill], mastery, students: counted.length };
  });
}
