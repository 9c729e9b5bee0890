import { z } from "zod";
import { LEVEL_IDS, QUESTION_KINDS, SKILL_IDS } from "./skills";

/** Ids are slugs: they name files and appear in URLs and answer rows, so they never change. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (letters, digits and single hyphens)")
  .max(100);

const isoDate = z.iso.date({ message: "must be a date written YYYY-MM-DD" });

export const GENRES = ["news-report", "opinion"] as const;
export type Genre = (typeof GENRES)[number];

export const sourceFrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  outlet: z.string().min(1),
  publication: z.string().min(1).optional(),
  outletUrl: z.url({ protocol: /^https$/ }).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  author: z.string().min(1),
  authorRole: z.string().min(1).optional(),
  published: isoDate,
  genre: z.enum(GENRES),
  section: z.string().min(1).optional(),
  photo: z.strictObject({ caption: z.string().min(1), credit: z.string().min(1).optional() }).optional(),
  captureNote: z.string().min(1),
  /**
   * Set when the publication date is not certain (two dates on the page): shown beside the date
   * wherever the article is shown, so no one reads the date as settled.
   */
  dateNote: z.string().min(1).optional(),
});
export type SourceFrontMatter = z.infer<typeof sourceFrontMatterSchema>;

const evidenceRefSchema = z.strictObject({
  source: slug,
  quote: z.string().min(1),
  /** Which occurrence of the quote in the source, counting from 1, when it appears more than once. */
  occurrence: z.number().int().min(1).optional(),
});
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

const optionSchema = z.strictObject({
  id: slug,
  text: z.string().min(1),
  /** Shown after answering to a student who chose this option. */
  feedback: z.string().min(1),
  /** Names the misreading behind a wrong option; teachers see it in the distractor table. */
  misconception: z.string().min(1).optional(),
  /**
   * Keeps this option at its authored place when a student's options are shuffled: "Both",
   * "None of these", an option whose wording refers to the one before it.
   */
  pinned: z.boolean().optional(),
});

/** Spelling differences that do not make two options different answers. */
export function optionTextKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[\s.,;:!?]+$/, "")
    .trim();
}

const descriptor = z.string().min(1).max(500);
/** One descriptor per level of RUBRIC_LEVELS (lib/content/skills.ts), in its order (a unit test holds them together). */
export const rubricSchema = z.strictObject({ beginning: descriptor, emerging: descriptor, mastery: descriptor });
export type Rubric = z.infer<typeof rubricSchema>;

const questionFields = z.strictObject({
  id: slug,
  kind: z.enum(QUESTION_KINDS),
  skill: z.enum(SKILL_IDS),
  /** Recall, apply or evaluate; absent, the kind's default (lesson files must name it). */
  level: z.enum(LEVEL_IDS).optional(),
  prompt: z.string().min(1),
  /** Highlight items: the source whose sentences are the options, each found there verbatim. */
  source: slug.optional(),
  /** Multiple choice and highlight: 2 to 12; a written question has none. */
  options: z.array(optionSchema).max(12).default([]),
  /**
   * "authored" shows the options in file order to every student (dates in time order); by
   * default each student sees them shuffled, pinned options excepted. Highlight items always keep
   * article order.
   */
  optionOrder: z.enum(["shuffled", "authored"]).optional(),
  /** The key's option ids; a written question has none (a teacher scores it with the rubric). */
  answer: z.array(slug).default([]),
  /**
   * A two-tier item: after choosing, the student marks the words in the article that show the
   * answer, scored against `evidence` (lib/grading/mark-credit.ts).
   */
  markEvidence: z.boolean().optional(),
  explanation: z.string().min(1),
  evidence: z.array(evidenceRefSchema).min(1),
  /** Written questions: what a full answer says, shown to the student once they have answered. */
  modelAnswer: z.string().min(1).max(2000).optional(),
  /** Written questions: what an answer at each level does, for this question (lib/content/skills.ts RUBRIC_LEVELS). */
  rubric: rubricSchema.optional(),
});

export const questionSchema = questionFields.superRefine((q, ctx) => {
  if (q.kind === "written") return checkWritten(q, ctx);
  if (q.options.length < 2) {
    ctx.addIssue({ code: "custom", path: ["options"], message: "a question offers at least 2 options" });
  }
  if (q.answer.length === 0) {
    ctx.addIssue({ code: "custom", path: ["answer"], message: "a question names its answer" });
  }
  if (q.modelAnswer || q.rubric) {
    ctx.addIssue({
      code: "custom",
      path: [q.modelAnswer ? "modelAnswer" : "rubric"],
      message: "only written questions have a model answer and a rubric",
    });
  }
  const ids = q.options.map((o) => o.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      ctx.addIssue({ code: "custom", path: ["options", i, "id"], message: `duplicate option id "${id}"` });
    }
  });
  const texts = q.options.map((o) => optionTextKey(o.text));
  texts.forEach((text, i) => {
    const first = texts.indexOf(text);
    if (first !== i) {
      ctx.addIssue({
        code: "custom",
        path: ["options", i, "text"],
        message: `options ${first + 1} and ${i + 1} say the same thing; every option must be a different answer`,
      });
    }
  });
  q.answer.forEach((id, i) => {
    if (!ids.includes(id)) {
      ctx.addIssue({ code: "custom", path: ["answer", i], message: `answer names a missing option "${id}"` });
    }
  });
  if (q.kind !== "highlight" && q.answer.length !== 1) {
    ctx.addIssue({ code: "custom", path: ["answer"], message: "a multiple-choice question has exactly one answer" });
  }
  if (q.kind === "highlight" && q.markEvidence) {
    ctx.addIssue({
      code: "custom",
      path: ["markEvidence"],
      message: "a highlight question is already answered in the article; only multiple choice adds marking",
    });
  }
  if (q.kind === "highlight" && !q.source) {
    ctx.addIssue({
      code: "custom",
      path: ["source"],
      message: "a highlight question names the source its sentences come from",
    });
  }
  if (q.kind !== "highlight" && q.source) {
    ctx.addIssue({
      code: "custom",
      path: ["source"],
      message: "only highlight questions name a source; cite evidence instead",
    });
  }
  q.options.forEach((o, i) => {
    if (q.kind !== "highlight" && !q.answer.includes(o.id) && !o.misconception) {
      ctx.addIssue({
        code: "custom",
        path: ["options", i, "misconception"],
        message: "a wrong option must name the misconception behind it",
      });
    }
  });
});
export type QuestionInput = z.infer<typeof questionSchema>;

/** A written question: no options or key, but a model answer and a rubric for the teacher who scores it. */
function checkWritten(q: z.infer<typeof questionFields>, ctx: z.RefinementCtx) {
  const problems: [string, string][] = [];
  if (q.options.length > 0 || q.answer.length > 0)
    problems.push(["options", "a written question has no options or answer"]);
  if (q.optionOrder) problems.push(["optionOrder", "a written question has no options to order"]);
  if (q.source) problems.push(["source", "only highlight questions name a source; cite evidence instead"]);
  if (!q.modelAnswer) problems.push(["modelAnswer", "a written question gives a model answer"]);
  if (!q.rubric) problems.push(["rubric", "a written question gives a rubric: beginning, emerging and mastery"]);
  for (const [path, message] of problems) ctx.addIssue({ code: "custom", path: [path], message });
}

export const lessonSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  summary: z.string().min(1),
  sources: z.array(slug).min(1),
  /** Demo lessons can be tried by guests without an account and are never assignable. */
  demo: z.boolean().default(false),
  estimatedMinutes: z.number().int().min(1).max(120),
  questions: z.array(questionSchema),
});
export type LessonInput = z.infer<typeof lessonSchema>;
