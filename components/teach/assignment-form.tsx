"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import { SelectField } from "@/components/ui/select-field";
import type { FormState } from "@/lib/form-state";

type Initial = { opensAt: string; dueAt: string; wholeClass: boolean; studentIds: string[] };

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields: { classId } to create, { assignmentId } to edit. */
  fields: Record<string, string>;
  /** Lessons to choose from when creating; absent when editing (the lesson stays). */
  lessons?: { id: string; title: string }[];
  roster: { id: string; name: string }[];
  timeZone: string;
  initial?: Initial;
  submitLabel: string;
  /** The endpoint a post without JavaScript goes to, and what it left to show (lib/forms). */
  plain?: { action: string; state?: FormState };
};

const FORM_CLASS = "space-y-4 rounded-lg border border-stone-200 bg-white p-5";

/** Dates are typed on the teacher's own clock; the server stores the moments they name. */
export function AssignmentForm({ action, fields, lessons, roster, timeZone, initial, submitLabel, plain }: Props) {
  const [state, formAction, pending] = useActionState(action, plain?.state ?? {});
  const audience = state.values?.audience ?? (initial && !initial.wholeClass ? "students" : "class");
  const zoneHint = `In your time zone, ${timeZone}.`;
  const content: ReactNode = (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {lessons && (
        <SelectField
          name="lessonId"
          label="Lesson"
          options={[{ value: "", label: "Choose a lesson…" }, ...lessons.map((l) => ({ value: l.id, label: l.title }))]}
          defaultValue={state.values?.lessonId ?? ""}
          errors={state.errors?.lessonId}
          required
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="opensAt"
          label="Opens (optional)"
          type="datetime-local"
          hint={`Leave empty to open it now. ${zoneHint}`}
          defaultValue={state.values?.opensAt ?? initial?.opensAt}
          errors={state.errors?.opensAt}
        />
        <Field
          name="dueAt"
          label="Due"
          type="datetime-local"
          required
          hint={zoneHint}
          defaultValue={state.values?.dueAt ?? initial?.dueAt}
          errors={state.errors?.dueAt}
        />
      </div>
      <p className="text-sm">
        <Link href="/account">Change your time zone</Link>
      </p>
      <fieldset className="space-y-2" aria-describedby={state.errors?.studentIds ? "studentIds-error" : undefined}>
        <legend className="text-sm font-semibold">Who gets it</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="audience" value="class" defaultChecked={audience === "class"} className="size-4" />
          The whole class (students who join later too)
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="audience"
            value="students"
            defaultChecked={audience === "students"}
            className="size-4"
          />
          Only the students ticked below
        </label>
        {roster.length > 0 ? (
          <ul className="grid gap-1 pl-6 sm:grid-cols-2">
            {roster.map((s) => (
              <li key={s.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="studentIds"
                    value={s.id}
                    defaultChecked={initial?.studentIds.includes(s.id)}
                    className="size-4"
                  />
                  {s.name}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="pl-6 text-sm text-muted">No students on the roster yet.</p>
        )}
        {state.errors?.studentIds && (
          <p id="studentIds-error" className="text-sm font-medium text-red-800">
            {state.errors.studentIds.join(" ")}
          </p>
        )}
      </fieldset>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </>
  );
  return plain ? (
    <PlainPostForm action={plain.action} onAction={formAction} className={FORM_CLASS} noValidate>
      {content}
    </PlainPostForm>
  ) : (
    <form action={formAction} className={FORM_CLASS} noValidate>
      {content}
    </form>
  );
}
