"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/form-state";

type Details = { title: string; summary: string; estimatedMinutes: number; shared: boolean };
type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  lessonId: string;
  initial: Details;
};

/** Title, summary, length, and whether other teachers may assign it. */
export function LessonDetailsForm({ action, lessonId, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (name: "title" | "summary" | "estimatedMinutes") => state.values?.[name] ?? String(initial[name]);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <input type="hidden" name="lessonId" value={lessonId} />
      <Field
        id="lesson-title"
        name="title"
        label="Lesson title"
        defaultValue={value("title")}
        errors={state.errors?.title}
      />
      <TextareaField
        id="lesson-summary"
        name="summary"
        label="Summary (what students practise)"
        rows={2}
        defaultValue={value("summary")}
        errors={state.errors?.summary}
      />
      <Field
        id="lesson-minutes"
        name="estimatedMinutes"
        type="number"
        min={1}
        max={120}
        label="About how many minutes"
        defaultValue={value("estimatedMinutes")}
        errors={state.errors?.estimatedMinutes}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="shared" defaultChecked={initial.shared} className="mt-1" />
        <span>
          Share with other teachers on Byline: they can preview and assign it to their classes, but not change it. Off
          by default: the lesson is yours and your classes&apos;.
        </span>
      </label>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save details
      </Button>
    </form>
  );
}
