"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createImportedSource } from "@/db/mutations/teacher-lessons";
import { suggestLessonDrafts } from "@/lib/analysis/suggest-questions";
import { prepareImport, type PreparedImport } from "@/lib/import/prepare-import";
import { importedSourceSchema, importInputSchema } from "@/lib/validations/imports";
import { formAction } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

/** Step 1: reads and cleans what the teacher pasted or uploaded. Nothing is stored yet. */
export const prepareImportAction = formAction<typeof importInputSchema, PreparedImport>(
  { schema: importInputSchema, roles: TEACHER_ROLES, keep: ["text"] },
  async (input) => {
    const prepared = await prepareImport(input);
    if (!prepared.ok)
      return { errors: { [prepared.field]: [prepared.error] }, message: prepared.error, values: { text: input.text } };
    return { ok: true, result: prepared.prepared };
  },
);

const SOURCE_FIELDS = [
  "title",
  "outlet",
  "author",
  "authorRole",
  "published",
  "url",
  "genre",
  "section",
  "body",
  "captureNote",
] as const;

/** Step 2: stores the article as the teacher corrected it, and drafts a lesson on it to review. */
export const saveImportedSourceAction = formAction(
  { schema: importedSourceSchema, roles: TEACHER_ROLES, keep: SOURCE_FIELDS },
  async (input, user) => {
    const { lessonId } = await createImportedSource(user.id, input, (sourceId) =>
      suggestLessonDrafts([
        {
          id: sourceId,
          outlet: input.outlet,
          genre: input.genre,
          body: input.body,
          published: input.published,
          author: input.author,
        },
      ]),
    );
    revalidatePath("/teach");
    redirect(`/teach/lessons/${lessonId}/edit`);
  },
);
