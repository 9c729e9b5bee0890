"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  lessonId: string;
  sources: { id: string; title: string; outlet: string }[];
};

/** Groups another imported article into the lesson, to compare how two outlets tell one story. */
export function AddSourceForm({ action, lessonId, sources }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="lessonId" value={lessonId} />
      <div className="min-w-64 flex-1">
        <SelectField
          id="add-source"
          name="sourceId"
          label="Add another of your articles to this lesson"
          options={[
            { value: "", label: "Choose an article…" },
            ...sources.map((s) => ({ value: s.id, label: `${s.outlet}: ${s.title}` })),
          ]}
          errors={state.errors?.sourceId}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Add article
      </Button>
      <div className="basis-full">
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      </div>
    </form>
  );
}
