"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormState } from "@/lib/form-state";
import type { PreparedImport } from "@/lib/import/prepare-import";
import { SourceDetailsForm } from "./source-details-form";

type Props = {
  prepare: (prev: FormState<PreparedImport>, formData: FormData) => Promise<FormState<PreparedImport>>;
  save: (prev: FormState, formData: FormData) => Promise<FormState>;
};

const MAX_BYTES = 1_000_000;

/**
 * Two steps: bring the article (paste or upload), then check the cleaned text and say what it is.
 * The size is checked here too, so an oversized file gets a message before it is sent at all.
 */
export function ImportSourceForm({ prepare, save }: Props) {
  const [state, prepareAction, preparing] = useActionState(prepare, {});
  const [tooBig, setTooBig] = useState<string | null>(null);
  const fileErrors = [...(tooBig ? [tooBig] : []), ...(state.errors?.file ?? [])];
  return (
    <div className="space-y-8">
      <form
        action={prepareAction}
        onSubmit={(e) => tooBig && e.preventDefault()}
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
        noValidate
      >
        <h2 className="text-xl font-semibold">1. Bring the article</h2>
        <TextareaField
          name="text"
          label="Paste the article"
          hint="Copy the whole page if that is easier: menus, share buttons, comments and the author's bio are taken out for you to check."
          rows={10}
          defaultValue={state.values?.text ?? ""}
          errors={state.errors?.text}
        />
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-semibold">
            Or upload a file (.txt, .md or .html)
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            aria-describedby={fileErrors.length ? "import-file-error" : undefined}
            aria-invalid={fileErrors.length ? true : undefined}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              setTooBig(
                file && file.size > MAX_BYTES
                  ? `“${file.name}” is over 1 MB; an article must be under 1 MB of text. Paste just the article.`
                  : null,
              );
            }}
            className="block w-full min-w-0 text-sm"
          />
          {fileErrors.length > 0 && (
            <p id="import-file-error" className="text-sm font-medium text-red-800">
              {fileErrors.join(" ")}
            </p>
          )}
        </div>
        <FormMessage message={state.result ? undefined : (tooBig ?? state.message)} />
        <Button type="submit" disabled={preparing}>
          {preparing ? "Cleaning up…" : "Clean up the text"}
        </Button>
      </form>
      {state.result && <SourceDetailsForm key={state.result.body} prepared={state.result} action={save} />}
    </div>
  );
}
