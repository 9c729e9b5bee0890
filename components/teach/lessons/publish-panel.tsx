"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/form-state";
import type { DraftProblem } from "@/lib/teacher-lessons/check-draft";

type Props = {
  action: (prev: FormState<DraftProblem[]>, formData: FormData) => Promise<FormState<DraftProblem[]>>;
  lessonId: string;
  published: boolean;
};

/** Publishing checks every question like a lesson file; what fails is listed, question by question. */
export function PublishPanel({ action, lessonId, published }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="lessonId" value={lessonId} />
      <Button type="submit" disabled={pending}>
        {published ? "Publish changes" : "Publish to my classes"}
      </Button>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      {state.result && state.result.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-900">
          {state.result.map((p) => (
            <li key={`${p.questionId}-${p.position}`}>
              {p.position > 0 && <strong>Question {p.position}: </strong>}
              {p.messages.join("; ")}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
