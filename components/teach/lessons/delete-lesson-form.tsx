"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  lessonId: string;
  title: string;
  articles: number;
};

/** Deleting a lesson, behind a ticked box; the server refuses it once students have worked on it. */
export function DeleteLessonForm({ action, lessonId, title, articles }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const confirmError = state.errors?.confirm?.[0];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="lessonId" value={lessonId} />
      <p className="text-sm">
        Deletes the lesson and its questions
        {articles > 0 ? ", and its articles unless another of your lessons uses them" : ""}. A lesson students have
        answered, or one assigned to a class, cannot be deleted.
      </p>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          className="mt-1"
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "delete-confirm-error" : undefined}
        />
        <span>Yes, delete “{title}”</span>
      </label>
      {confirmError && (
        <p id="delete-confirm-error" className="text-sm text-red-800">
          {confirmError}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        Delete lesson
      </Button>
      <FormMessage message={state.message} />
    </form>
  );
}
