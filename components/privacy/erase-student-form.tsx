"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields naming the student (and the class to return to). */
  fields: Record<string, string>;
  name: string;
};

/** Erasing cannot be undone, so the teacher types the student's name to confirm it. */
export function EraseStudentForm({ action, fields, name }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-red-200 bg-white p-4" noValidate>
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <p>
        This deletes {name}&apos;s account, class memberships, attempts and answers for good. Their answers leave every
        class report. It cannot be undone: download their data first if it is wanted.
      </p>
      <Field
        name="confirmName"
        label={`Type the student's name (${name}) to confirm`}
        autoComplete="off"
        required
        defaultValue={state.values?.confirmName ?? ""}
        errors={state.errors?.confirmName}
      />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" variant="danger" disabled={pending}>
        Erase {name} and all their data
      </Button>
    </form>
  );
}
