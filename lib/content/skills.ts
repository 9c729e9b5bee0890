/** The reading skills Byline tracks. Every question carries exactly one. */
export const SKILLS = {
  "who-reported": "Who reported it",
  "who-said": "Who said it",
  "statement-kind": "Quote, paraphrase, fact or opinion",
  sourcing: "Where the information came from",
  timeline: "When it happened",
  "comparing-coverage": "Comparing coverage",
  "quote-integrity": "Quoting faithfully",
  evidence: "Evidence and argument",
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
  "evidence-check",
  "who-is-behind",
  "does-it-follow",
  "loaded-words",
  "written",
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
  "evidence-check": "Evidence check",
  "who-is-behind": "Who is behind it",
  "does-it-follow": "Does it follow",
  "loaded-words": "Loaded words",
  written: "Written response",
};

/**
 * What a question asks of the reader: to find something the text states (recall), to apply one
 * reading rule to it (apply), or to weigh it (evaluate: is the evidence there, who stands behind
 * it, does the conclusion follow). Teachers see it in the answer key and item analysis is grouped
 * by it.
 */
export const LEVELS = {
  recall: "Recall",
  apply: "Apply",
  evaluate: "Evaluate",
} as const;

export type Level = keyof typeof LEVELS;
export const LEVEL_IDS = Object.keys(LEVELS) as [Level, ...Level[]];

/**
 * The level of a question whose author did not name one (a teacher's question, a suggestion):
 * the judgement kinds evaluate, the attribution kinds apply a rule. Built-in questions always name
 * theirs (the content check requires it).
 */
export const DEFAULT_LEVEL: Record<QuestionKind, Level> = {
  "outlet-attribution": "apply",
  speaker: "apply",
  "statement-kind": "apply",
  "sourcing-chain": "apply",
  timeline: "apply",
  "compare-coverage": "apply",
  "quote-integrity": "evaluate",
  highlight: "apply",
  "evidence-check": "evaluate",
  "who-is-behind": "evaluate",
  "does-it-follow": "evaluate",
  "loaded-words": "evaluate",
  written: "evaluate",
};

/**
 * The rubric a teacher scores a written response with, in the Civic Online Reasoning style: each
 * level has a descriptor per question (written in the lesson) and the score it is worth. Listed
 * only here: the content schema, the database enum (rubric_level) and the review queue read it.
 */
export const RUBRIC_LEVELS = {
  beginning: { label: "Beginning", score: 0 },
  emerging: { label: "Emerging", score: 0.5 },
  mastery: { label: "Mastery", score: 1 },
} as const;

export type RubricLevel = keyof typeof RUBRIC_LEVELS;
export const RUBRIC_LEVEL_IDS = Object.keys(RUBRIC_LEVELS) as [RubricLevel, ...RubricLevel[]];
