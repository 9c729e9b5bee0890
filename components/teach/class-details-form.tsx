"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import type { FormState } from "@/lib/form-state";

type Details = { name: string; section: string | null; schoolYear: string | null };

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  /** Absent when creating a class. */
  classId?: string;
  initial?: Details;
  /** The endpoint a post without JavaScript goes to, and what it left to show (lib/forms). */
  plain?: { action: string; state?: FormState };
};

const FORM_CLASS = "space-y-4 rounded-lg border border-stone-200 bg-white p-5";

/** Name, subject or section, school year: the same fields to create a class and to edit one. */
export function ClassDetailsForm({ action, submitLabel, classId, initial, plain }: Props) {
  const [state, formAction, pending] = useActionState(action, plain?.state ?? {});
  const value = (name: keyof Details) => state.values?.[name] ?? initial?.[name] ?? "";
  const idPrefix = classId ? "edit-class" : "new-class";
  const fields: ReactNode = (
    <>
      {classId && <input type="hidden" name="classId" value={classId} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id={`${idPrefix}-name`}
          name="name"
          label="Class name"
          required
          maxLength={100}
          defaultValue={value("name")}
          errors={state.errors?.name}
        />
        <Field
          id={`${idPrefix}-section`}
          name="section"
          label="Subject or section (optional)"
          maxLength={100}
          defaultValue={value("section")}
          errors={state.errors?.section}
        />
        <Field
          id={`${idPrefix}-year`}
          name="schoolYear"
          label="School year (optional)"
          maxLength={20}
          hint="For example 2026–27."
          defaultValue={value("schoolYear")}
          errors={state.errors?.schoolYear}
        />
      </div>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </>
  );
  return plain ? (
    <PlainPostForm action={plain.action} onAction={formAction} className={FORM_CLASS} noValidate>
      {fields}
    </PlainPostForm>
  ) : (
    <form action={formAction} className={FORM_CLASS} noValidate>
      {fields}
    </form>
  );
}
