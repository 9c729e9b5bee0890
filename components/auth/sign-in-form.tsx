"use client";

import { useActionState, type ReactNode } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/form-state";

/** `children` carries the per-request hidden fields (the return path), so the inputs never remount. */
export function SignInForm({ children }: { children?: ReactNode }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {children}
      <Field name="identifier" label="Email or username" autoComplete="username" required defaultValue={state.values?.identifier} errors={state.errors?.identifier} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
