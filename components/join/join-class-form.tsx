"use client";

import Link from "next/link";
import { useActionState } from "react";
import { joinClassAction, type JoinClassResult } from "@/app/join/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import type { FormState } from "@/lib/form-state";

type Props = {
  code: string;
  /** What a post without JavaScript left to show (server/forms/read-result.ts). */
  initialState?: FormState<JoinClassResult>;
};

/** For a signed-in student: type the class code (any case, dashes optional) and join. */
export function JoinClassForm({ code, initialState = {} }: Props) {
  const [state, action, pending] = useActionState<FormState<JoinClassResult>, FormData>(joinClassAction, initialState);
  return (
    <PlainPostForm action="/join/submit" onAction={action} className="space-y-4" noValidate>
      <Field
        name="code"
        label="Class code"
        autoComplete="off"
        autoCapitalize="characters"
        required
        hint="The code your teacher gave you, for example K7QM-3XWP."
        defaultValue={state.values?.code ?? code}
        errors={state.errors?.code}
      />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      {state.ok && (
        <p>
          <Link href="/home">Go to your home page</Link> to see the class&apos;s assignments.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join class"}
      </Button>
    </PlainPostForm>
  );
}
