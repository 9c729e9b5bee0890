"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  addSourceToLesson,
  deleteTeacherLesson,
  publishLesson,
  updateDraftQuestions,
  updateLessonDetails,
} from "@/db/mutations/teacher-lessons";
import { getLessonDraft, getOwnSource } from "@/db/queries/teacher-lessons";
import type { DraftQuestion } from "@/db/schema";
import { REFUSED_LESSON } from "@/lib/actions/refusals";
import { suggestLessonDrafts } from "@/lib/analysis/suggest-questions";
import type { FormState } from "@/lib/form-state";
import { checkDraftForPublish, type DraftProblem } from "@/lib/teacher-lessons/check-draft";
import { parseQuestionForm } from "@/lib/teacher-lessons/question-form";
import {
  addSourceSchema,
  deleteLessonSchema,
  draftQuestionRefSchema,
  lessonDetailsSchema,
  lessonIdSchema,
} from "@/lib/validations/imports";
import { formAction } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

const revalidateLesson = (lessonId: string) => {
  revalidatePath(`/teach/lessons/${lessonId}/edit`);
  revalidatePath("/teach");
};

export const saveLessonDetailsAction = formAction(
  { schema: lessonDetailsSchema, roles: TEACHER_ROLES, keep: ["title", "summary", "estimatedMinutes"] },
  async ({ lessonId, ...details }, user) => {
    if (!(await getLessonDraft(user, lessonId))) return REFUSED_LESSON;
    await updateLessonDetails(lessonId, details);
    revalidateLesson(lessonId);
    return { ok: true, message: "Lesson details saved." };
  },
);

const questionFormSchema = lessonIdSchema
  .extend({ questionId: z.string().max(100).optional().default("") })
  .passthrough();

/** Saves one question (edited, or new when it has no id), checked against the lesson's sources at once. */
export const saveQuestionAction = formAction(
  { schema: questionFormSchema, roles: TEACHER_ROLES },
  async (input, user): Promise<FormState> => {
    const draft = await getLessonDraft(user, input.lessonId);
    if (!draft) return REFUSED_LESSON;
    const existing = draft.questions.find((q) => q.id === input.questionId);
    if (input.questionId && !existing) return { message: "That question was deleted meanwhile. Reload the page." };
    const id = existing?.id ?? nextQuestionId(draft.questions.map((q) => q.id));
    const parsed = parseQuestionForm(
      { ...input, kind: existing?.kind ?? input.kind },
      { id, sources: draft.sources, highlightSource: existing?.source },
    );
    if (!parsed.ok)
      return {
        errors: parsed.errors,
        message: "This question cannot be saved yet: see the highlighted fields.",
        values: typedValues(input),
      };
    await updateDraftQuestions(draft.id, (questions) =>
      existing ? questions.map((q) => (q.id === id ? parsed.question : q)) : [...questions, parsed.question],
    );
    revalidateLesson(draft.id);
    return { ok: true, message: existing ? "Question saved." : "Question added at the end of the lesson." };
  },
);

/** What the teacher typed, so a form that failed the check keeps it (ticked answers joined by commas). */
function typedValues(input: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === "string") values[name] = value;
    else if (Array.isArray(value)) values[name] = value.filter((v) => typeof v === "string").join(",");
  }
  return values;
}

const nextQuestionId = (taken: string[]) => {
  let n = taken.length + 1;
  while (taken.includes(`own-${n}`)) n++;
  return `own-${n}`;
};

export const deleteQuestionAction = formAction(
  { schema: draftQuestionRefSchema, roles: TEACHER_ROLES },
  async ({ lessonId, questionId }, user) => {
    const draft = await getLessonDraft(user, lessonId);
    if (!draft) return REFUSED_LESSON;
    await updateDraftQuestions(lessonId, (questions) => questions.filter((q) => q.id !== questionId));
    revalidateLesson(lessonId);
    return { ok: true, message: "Question deleted." };
  },
);

/** Groups another of the teacher's articles into the lesson and drafts questions across them. */
export const addSourceAction = formAction(
  { schema: addSourceSchema, roles: TEACHER_ROLES },
  async ({ lessonId, sourceId }, user) => {
    const draft = await getLessonDraft(user, lessonId);
    if (!draft) return REFUSED_LESSON;
    if (draft.sources.some((s) => s.id === sourceId))
      return { errors: { sourceId: ["That article is already in this lesson."] }, message: "Nothing to add." };
    const added = await getOwnSource(user, sourceId);
    if (!added)
      return { errors: { sourceId: ["Choose one of your articles."] }, message: "That article is not one of yours." };
    await addSourceToLesson(lessonId, sourceId, (existing) => {
      const ids = new Set(existing.map((q) => q.id));
      const all = [...draft.sources, added].map((s) => ({
        id: s.id,
        outlet: s.outlet,
        genre: s.genre,
        body: s.body,
        published: s.published,
        author: s.author,
      }));
      // Questions on the articles already reviewed stay as the teacher left them (deleted ones too):
      // only the new article's questions and those across articles are added.
      const isNew = (q: DraftQuestion) =>
        CROSS_SOURCE_KINDS.has(q.kind) || q.source === sourceId || q.evidence.some((e) => e.source === sourceId);
      return suggestLessonDrafts(all).filter((q) => !ids.has(q.id) && isNew(q));
    });
    revalidateLesson(lessonId);
    return { ok: true, message: "Article added, with questions suggested for it. Review them below." };
  },
);

const CROSS_SOURCE_KINDS = new Set<DraftQuestion["kind"]>(["outlet-attribution", "compare-coverage"]);

/** Checks every draft question like a lesson file and, when all pass, makes them what students answer. */
export const publishLessonAction = formAction<typeof lessonIdSchema, DraftProblem[]>(
  { schema: lessonIdSchema, roles: TEACHER_ROLES },
  async ({ lessonId }, user) => {
    const draft = await getLessonDraft(user, lessonId);
    if (!draft) return REFUSED_LESSON;
    const checked = checkDraftForPublish(lessonId, draft.questions, draft.sources);
    if (!checked.ok)
      return { message: "Not published: fix the questions listed below first.", result: checked.problems };
    await publishLesson(lessonId, checked.questions, {
      firstTime: draft.status === "draft",
      articles: draft.sources.map((s) => s.body),
    });
    revalidateLesson(lessonId);
    revalidatePath(`/lessons/${lessonId}`);
    return {
      ok: true,
      message: `Published: ${checked.questions.length} questions. You can now assign it to your classes.`,
    };
  },
);

const DELETE_REFUSED = {
  answered:
    "Students have answered this lesson, so it cannot be deleted: their answers are part of their work. You can stop sharing it.",
  assigned:
    "This lesson is assigned to a class. Remove the assignment on the class page first, then delete the lesson.",
} as const;

/** Deletes a lesson nobody has worked on, with its articles when no other lesson uses them. */
export const deleteLessonAction = formAction(
  { schema: deleteLessonSchema, roles: TEACHER_ROLES },
  async ({ lessonId }, user): Promise<FormState> => {
    if (!(await getLessonDraft(user, lessonId))) return REFUSED_LESSON;
    const deleted = await deleteTeacherLesson(lessonId);
    if (!deleted.ok) return { message: DELETE_REFUSED[deleted.reason] };
    revalidatePath("/teach");
    redirect("/teach?deleted=lesson");
  },
);
