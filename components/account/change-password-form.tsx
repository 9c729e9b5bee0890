"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/account/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/form-state";

/** Passwords are never handed back after a refusal: the fields start empty again. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form
      action={action}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-5"
      noValidate
      aria-labelledby="password-heading"
    >
      <h2 id="password-heading" className="text-lg font-semibold">
        Change your password
      </h2>
      <Field
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <Field
        name="newPassword"
        type="password"
        label="New password"
        hint="At least 10 characters. Every other browser signed in to your account will be signed out."
        autoComplete="new-password"
        required
        minLength={10}
        errors={state.errors?.newPassword}
      />
      <Field
        name="confirmPassword"
        type="password"
        label="New password again"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
