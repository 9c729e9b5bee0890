import { z } from "zod";
import { questionSchema, type QuestionInput, type Rubric } from "@/lib/content/schema";
import { resolveQuestion, type QuestionProblem } from "@/lib/content/resolve-question";
import { MAX_OPTIONS } from "@/lib/validations/limits";
import { LEVEL_IDS, QUESTION_KINDS, RUBRIC_LEVELS, SKILL_IDS, type RubricLevel } from "@/lib/content/skills";

type Fields = Record<string, unknown>;
type LessonSource = { id: string; body: string };
export type QuestionFormResult =
  { ok: true; question: QuestionInput } | { ok: false; errors: Record<string, string[]> };

const text = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (Array.isArray(v) ? v.map(text) : v === undefined || v === "" ? [] : [text(v)]);
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 30) || "option";

const header = z.object({
  kind: z.enum(QUESTION_KINDS, "Choose the kind of question."),
  skill: z.enum(SKILL_IDS, "Choose the skill it practises."),
  level: z.enum(LEVEL_IDS, "Choose recall, apply or evaluate.").optional(),
  prompt: z.string().trim().min(1, "Write the question.").max(2000, "Use at most 2000 characters."),
  explanation: z
    .string()
    .trim()
    .min(1, "Explain the answer: students read it after answering.")
    .max(4000, "Use at most 4000 characters."),
});

const rubricText = (level: RubricLevel) => {
  const { label } = RUBRIC_LEVELS[level];
  const article = /^[aeiou]/i.test(label) ? "an" : "a";
  return z
    .string()
    .trim()
    .min(1, `Describe what ${article} ${label} answer does.`)
    .max(500, `Use at most 500 characters for ${label}.`);
};

/** A written question's fields in place of options: one textarea per rubric level, named `rubric-<level>`. */
const writtenForm = z.object({
  modelAnswer: z
    .string()
    .trim()
    .min(1, "Write a model answer: students read it after answering.")
    .max(2000, "Use at most 2000 characters."),
  "rubric-beginning": rubricText("beginning"),
  "rubric-emerging": rubricText("emerging"),
  "rubric-mastery": rubricText("mastery"),
});
const writtenFields = writtenForm.transform((f): { modelAnswer: string; rubric: Rubric } => ({
  modelAnswer: f.modelAnswer,
  rubric: { beginning: f["rubric-beginning"], emerging: f["rubric-emerging"], mastery: f["rubric-mastery"] },
}));

/**
 * A question as the review form posts it (rows of options, the right one(s) ticked, evidence one
 * passage a line; a written question's model answer and rubric instead of options) turned into a
 * content question, checked like a lesson file: the schema, then every passage and every highlight
 * sentence found verbatim in the lesson's sources. Errors are keyed by the form's field names.
 */
export function parseQuestionForm(
  form: Fields,
  ctx: { id: string; sources: LessonSource[]; highlightSource?: string | null },
): QuestionFormResult {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const head = header.safeParse(form);
  if (!head.success) for (const issue of head.error.issues) add(String(issue.path[0]), issue.message);

  // Read from the posted kind, not the parsed header: a written question with an empty prompt must
  // not also be told to add options it has no place for.
  const isWritten = form.kind === "written";
  const { options, answer, rows } = isWritten ? { options: [], answer: [], rows: [] } : readOptions(form, add);
  let written: z.infer<typeof writtenFields> | undefined;
  if (isWritten) {
    const posted = Object.fromEntries(Object.keys(writtenForm.shape).map((name) => [name, text(form[name])]));
    const fields = writtenFields.safeParse(posted);
    if (fields.success) written = fields.data;
    else for (const issue of fields.error.issues) add(String(issue.path[0]), issue.message);
  }
  if (!head.success || Object.keys(errors).length > 0) return { ok: false, errors };

  const kind = head.data.kind;
  const source = kind === "highlight" ? (ctx.highlightSource ?? text(form.source)) || ctx.sources[0]?.id : undefined;
  const passages = text(form.evidence)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const evidenceTexts =
    passages.length > 0 || kind !== "highlight" ? passages : answer.map((id) => options.find((o) => o.id === id)!.text);
  const evidence = evidenceTexts.flatMap((quote) => {
    const found = ctx.sources.find((s) => s.body.includes(quote));
    if (!found) {
      add(
        "evidence",
        `“${quote.length > 80 ? `${quote.slice(0, 77)}…` : quote}” is not in the article word for word. Copy the passage from the article exactly.`,
      );
      return [];
    }
    const repeated = found.body.indexOf(quote) !== found.body.lastIndexOf(quote);
    return [{ source: found.id, quote, ...(repeated ? { occurrence: 1 } : {}) }];
  });
  if (evidence.length === 0 && !errors.evidence)
    add("evidence", "Paste at least one passage from the article that shows the answer.");
  if (errors.evidence) return { ok: false, errors };

  const markEvidence = kind !== "highlight" && form.markEvidence === "on";
  const question = {
    id: ctx.id,
    ...head.data,
    ...(source ? { source } : {}),
    options,
    answer,
    ...(markEvidence ? { markEvidence } : {}),
    evidence,
    ...written,
  };
  const checked = questionSchema.safeParse(question);
  if (!checked.success) {
    for (const issue of checked.error.issues) add(fieldFor(issue.path, rows), issue.message);
    return { ok: false, errors };
  }
  const resolved = resolveQuestion(checked.data, {
    lessonId: "draft",
    lessonSources: ctx.sources.map((s) => s.id),
    bodies: new Map(ctx.sources.map((s) => [s.id, s])),
    position: 1,
    line: 0,
  });
  if (Array.isArray(resolved)) {
    for (const p of resolved) add(fieldFor(p.path, rows), p.message);
    return { ok: false, errors };
  }
  return { ok: true, question: checked.data };
}

/** The option rows and the ticked right answer(s); `rows` maps each option to the form row it came from. */
function readOptions(form: Fields, add: (field: string, message: string) => void) {
  const correct = new Set(list(form.correct));
  const rows: number[] = [];
  const used = new Set<string>();
  const options: QuestionInput["options"] = [];
  for (let i = 0; i < MAX_OPTIONS; i++) {
    const optionText = text(form[`option-${i}-text`]).trim();
    if (!optionText) continue;
    let id = text(form[`option-${i}-id`]) || slugify(optionText);
    for (let n = 2; used.has(id); n++) id = `${slugify(optionText)}-${n}`;
    used.add(id);
    rows.push(i);
    const isRight = correct.has(String(i));
    const misconception = text(form[`option-${i}-misconception`]).trim();
    options.push({
      id,
      text: optionText,
      feedback:
        text(form[`option-${i}-feedback`]).trim() || (isRight ? "Right." : "Not this one: read the explanation."),
      ...(misconception ? { misconception } : {}),
      ...(form[`option-${i}-pinned`] === "on" ? { pinned: true } : {}),
    });
  }
  const answer = rows.flatMap((row, k) => (correct.has(String(row)) ? [options[k]!.id] : []));
  if (options.length < 2) add("options", "Give at least two answer options.");
  if (answer.length === 0) add("correct", "Mark the right answer.");
  return { options, answer, rows };
}

/** Where a problem at a path inside the question shows in the form. */
function fieldFor(path: QuestionProblem["path"], rows: number[]): string {
  const [head, index, field] = path;
  if (head === "options" && typeof index === "number")
    return `option-${rows[index] ?? index}-${String(field ?? "text")}`;
  if (head === "answer") return "correct";
  if (head === "evidence") return "evidence";
  if (head === "rubric" && typeof index === "string") return `rubric-${index}`;
  return String(head ?? "form");
}
