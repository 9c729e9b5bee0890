"use client";

import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import type { FormState } from "@/lib/form-state";

type Props = {
  /** Where to go once signed in (a same-site path). */
  next?: string;
  /** What a post without JavaScript left to show (server/forms/read-result.ts). */
  initialState?: FormState;
};

export function SignInForm({ next, initialState = {} }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, initialState);
  return (
    <PlainPostForm action="/sign-in/submit" onAction={action} className="space-y-4" noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        name="identifier"
        label="Email or username"
        autoComplete="username"
        required
        defaultValue={state.values?.identifier}
        errors={state.errors?.identifier}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </PlainPostForm>
  );
}
