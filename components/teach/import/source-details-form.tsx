"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/form-state";
import type { PreparedImport } from "@/lib/import/prepare-import";

type Props = { prepared: PreparedImport; action: (prev: FormState, formData: FormData) => Promise<FormState> };

const GENRES = [
  { value: "", label: "Choose…" },
  { value: "news-report", label: "News report" },
  { value: "opinion", label: "Opinion" },
];

/** Step 2: the cleaned text, editable, beside what was taken out, and the article's details. */
export function SourceDetailsForm({ prepared, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (name: string, fallback: string | null = "") => state.values?.[name] ?? fallback ?? "";
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <h2 className="text-xl font-semibold">2. Check the text and describe the article</h2>
      {prepared.notices.map((n) => (
        <p key={n} role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {n}
        </p>
      ))}
      <TextareaField
        name="body"
        label="Article text (cleaned: correct anything the clean-up got wrong)"
        hint="Paragraphs are separated by a blank line. Questions quote this text word for word, so it should read exactly as the outlet published it."
        rows={18}
        defaultValue={value("body", prepared.body)}
        errors={e.body}
      />
      {prepared.removed.length > 0 && (
        <details className="rounded-md border border-stone-200 p-3 text-sm">
          <summary className="cursor-pointer font-semibold">
            Taken out as page chrome ({prepared.removed.length} lines)
          </summary>
          <p className="mt-2 text-muted">If a line here belongs to the article, paste it back into the text above.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {prepared.removed.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {prepared.captions.length > 0 && (
        <p className="text-sm text-muted">Photo captions kept aside: {prepared.captions.join(" · ")}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="title" label="Headline" defaultValue={value("title", prepared.title)} errors={e.title} />
        <Field
          name="outlet"
          label="Outlet"
          hint="For example: The Kyiv Independent."
          defaultValue={value("outlet")}
          errors={e.outlet}
        />
        <Field name="author" label="Author" defaultValue={value("author", prepared.author)} errors={e.author} />
        <Field
          name="authorRole"
          label="Author's role (optional)"
          defaultValue={value("authorRole")}
          errors={e.authorRole}
        />
        <Field
          name="published"
          type="date"
          label="Publication date"
          defaultValue={value("published", prepared.published)}
          errors={e.published}
        />
        <SelectField name="genre" label="Genre" options={GENRES} defaultValue={value("genre")} errors={e.genre} />
        <Field name="url" type="url" label="Web address (optional)" defaultValue={value("url")} errors={e.url} />
        <Field
          name="section"
          label="Section (optional)"
          defaultValue={value("section", prepared.section)}
          errors={e.section}
        />
      </div>
      <TextareaField
        name="captureNote"
        label="How you captured it (optional)"
        hint="Students can read this under the article: where the text came from and what was left out."
        rows={2}
        defaultValue={value("captureNote")}
        errors={e.captureNote}
      />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving and suggesting questions…" : "Save the article and suggest questions"}
      </Button>
    </form>
  );
}
