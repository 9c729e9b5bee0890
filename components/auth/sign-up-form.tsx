"use client";

import { useActionState, useEffect, useRef } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import type { FormState } from "@/lib/form-state";

type Props = {
  joinCode?: string;
  /** What a post without JavaScript left to show (server/forms/read-result.ts). */
  initialState?: FormState;
};

/**
 * With `joinCode` (the /join page) it asks for the class code instead of a teacher invite, and
 * the new student is enrolled in the same step.
 */
export function SignUpForm({ joinCode, initialState = {} }: Props = {}) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, initialState);
  const timeZone = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Dates are shown in each user's zone; the browser knows it, the server does not.
    if (timeZone.current) timeZone.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, []);
  const ageError = state.errors?.confirmAge;
  return (
    <PlainPostForm action="/sign-up/submit" onAction={action} className="space-y-4" noValidate>
      <input ref={timeZone} type="hidden" name="timeZone" defaultValue="UTC" />
      <Field
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        errors={state.errors?.password}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="confirmAge"
            name="confirmAge"
            type="checkbox"
            className="mt-1 size-4"
            defaultChecked={state.values?.confirmAge === "on"}
            aria-invalid={ageError ? true : undefined}
            aria-describedby={ageError ? "confirmAge-error" : undefined}
          />
          <label htmlFor="confirmAge" className="text-sm">
            I am 13 or older. (Younger students: your teacher creates your login.)
          </label>
        </div>
        {ageError && (
          <p id="confirmAge-error" className="text-sm font-medium text-red-800">
            {ageError.join(" ")}
          </p>
        )}
      </div>
      {joinCode === undefined ? (
        <Field
          name="inviteCode"
          label="Teacher invite code (teachers only)"
          autoComplete="off"
          hint="Leave empty to join as a student."
          defaultValue={state.values?.inviteCode}
          errors={state.errors?.inviteCode}
        />
      ) : (
        <Field
          id="signup-joinCode"
          name="joinCode"
          label="Class code"
          autoComplete="off"
          autoCapitalize="characters"
          required
          hint="The code your teacher gave you, for example K7QM-3XWP."
          defaultValue={state.values?.joinCode ?? joinCode}
          errors={state.errors?.joinCode}
        />
      )}
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : joinCode === undefined ? "Create account" : "Create account and join"}
      </Button>
    </PlainPostForm>
  );
}
