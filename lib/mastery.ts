import { SKILL_IDS, SKILLS, type SkillId } from "@/lib/content/skills";

/**
 * Mastery of a skill is the mean score of the student's most recent answers in it (at most
 * RECENT_WINDOW, across all lessons and attempts), so old mistakes fade as the student improves.
 * A level is only given from MIN_ANSWERS answers on; "strong" needs STRONG_MIN_ANSWERS.
 */
export const RECENT_WINDOW = 8;
export const MIN_ANSWERS = 3;
export const STRONG_MIN_ANSWERS = 5;
export const STRONG = 0.8;
const DEVELOPING = 0.5;

export type MasteryLevel = "not-started" | "too-early" | "needs-practice" | "developing" | "strong";

export const LEVEL_LABELS: Record<MasteryLevel, string> = {
  "not-started": "Not started",
  "too-early": "Too early to tell",
  "needs-practice": "Needs practice",
  developing: "Developing",
  strong: "Strong",
};

export type SkillMastery = {
  skill: SkillId;
  label: string;
  answers: number;
  mastery: number | null;
  level: MasteryLevel;
};

export function masteryLevel(answers: number, mastery: number | null): MasteryLevel {
  if (answers === 0 || mastery === null) return "not-started";
  if (answers < MIN_ANSWERS) return "too-early";
  if (mastery >= STRONG && answers >= STRONG_MIN_ANSWERS) return "strong";
  if (mastery >= DEVELOPING) return "developing";
  return "needs-practice";
}

/** Every skill, in a fixed order, with what the rows say about it (skills never practised included). */
export function summarizeMastery(rows: { skill: string; answers: number; mastery: number }[]): SkillMastery[] {
  return SKILL_IDS.map((skill) => {
    const row = rows.find((r) => r.skill === skill);
    const answers = row?.answers ?? 0;
    const mastery = row ? row.mastery : null;
    return { skill, label: SKILLS[skill], answers, mastery, level: masteryLevel(answers, mastery) };
  });
}

/** What to practise next: the weakest skill with enough answers to tell, else one not yet tried. */
export function nextSkillToPractise(skills: SkillMastery[]): SkillMastery | null {
  const weak = skills
    .filter((s) => s.level === "needs-practice" || s.level === "developing")
    .sort((a, b) => (a.mastery ?? 0) - (b.mastery ?? 0));
  if (weak[0]) return weak[0];
  return skills.find((s) => s.level === "not-started" || s.level === "too-early") ?? null;
}
