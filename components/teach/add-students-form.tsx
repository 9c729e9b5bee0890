"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/form-state";
import { LoginsSheet, type NewLogin } from "./logins-sheet";

type Result = { created: NewLogin[]; problems: { line: number; text: string; reason: string }[] };

type Props = {
  action: (prev: FormState<Result>, formData: FormData) => Promise<FormState<Result>>;
  classId: string;
  className: string;
  /** What a post without JavaScript left to show (server/forms/read-result.ts): the new logins, once. */
  initialState?: FormState<Result>;
};

/** Logins for students without email, from a pasted list or a CSV file of names. */
export function AddStudentsForm({ action, classId, className, initialState = {} }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const fileError = state.errors?.file;
  return (
    <div className="space-y-4">
      <PlainPostForm
        action={`/teach/classes/${classId}/students`}
        onAction={formAction}
        encType="multipart/form-data"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
        noValidate
      >
        <input type="hidden" name="classId" value={classId} />
        <TextareaField
          id="student-names"
          name="names"
          label="Students' names, one per line"
          rows={5}
          hint="Each student gets a username (firstname.lastname) and a password to sign in with. No email is collected."
          defaultValue={state.values?.names}
          errors={state.errors?.names}
        />
        <div className="space-y-1">
          <label htmlFor="student-names-file" className="block text-sm font-semibold">
            Or a CSV file of names
          </label>
          <input
            id="student-names-file"
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={`student-names-file-hint${fileError ? " student-names-file-error" : ""}`}
            aria-invalid={fileError ? true : undefined}
            className="block w-full min-w-0 text-sm"
          />
          <p id="student-names-file-hint" className="text-sm text-muted">
            A column headed “name”, or a single column of names.
          </p>
          {fileError && (
            <p id="student-names-file-error" className="text-sm font-medium text-red-800">
              {fileError.join(" ")}
            </p>
          )}
        </div>
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <Button type="submit" disabled={pending}>
          {pending ? "Creating logins…" : "Create student logins"}
        </Button>
      </PlainPostForm>
      {state.result?.problems.length ? <SkippedLines problems={state.result.problems} /> : null}
      {state.result?.created.length ? <LoginsSheet logins={state.result.created} className={className} /> : null}
    </div>
  );
}

function SkippedLines({ problems }: { problems: Result["problems"] }) {
  return (
    <section
      aria-labelledby="skipped-heading"
      className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-950"
    >
      <h3 id="skipped-heading" className="font-semibold">
        Skipped lines
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {problems.map((p) => (
          <li key={p.line}>
            Line {p.line}
            {p.text && <> (“{p.text}”)</>}: {p.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
