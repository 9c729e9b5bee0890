/** The reading skills Byline tracks. Every question carries exactly one. */
export const SKILLS = {
  "who-reported": "Who reported it",
  "who-said": "Who said it",
  "statement-kind": "Quote, paraphrase, fact or opinion",
  sourcing: "Where the information came from",
  timeline: "When it happened",
  "comparing-coverage": "Comparing coverage",
  "quote-integrity": "Quoting faithfully",
} as const;

export type SkillId = keyof typeof SKILLS;
export const SKILL_IDS = Object.keys(SKILLS) as [SkillId, ...SkillId[]];

/** The question kinds, listed only here: the content schema (z.enum) and the database enum (question_kind) read this list. */
export const QUESTION_KINDS = [
  "outlet-attribution",
  "speaker",
  "statement-kind",
  "sourcing-chain",
  "timeline",
  "compare-coverage",
  "quote-integrity",
  "highlight",
] as const;

export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  "outlet-attribution": "Outlet attribution",
  speaker: "Speaker",
  "statement-kind": "Statement kind",
  "sourcing-chain": "Sourcing chain",
  timeline: "Timeline",
  "compare-coverage": "Compare coverage",
  "quote-integrity": "Quote integrity",
  highlight: "Highlight",
};
