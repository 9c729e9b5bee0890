"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/form-state";

type PasswordResetResult = { name: string; login: string; password: string };

type Props = {
  action: (prev: FormState<PasswordResetResult>, formData: FormData) => Promise<FormState<PasswordResetResult>>;
  /** The hidden field naming the account, e.g. { studentId: "…" }. */
  fields: Record<string, string>;
  name: string;
};

/** "Reset password": the new password appears here once; it is never stored in plain text. */
export function ResetPasswordButton({ action, fields, name }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        Reset password<span className="sr-only"> for {name}</span>
      </Button>
      <div aria-live="polite" className="text-sm">
        {state.result ? (
          <p className="rounded-md bg-green-50 px-2 py-1 text-green-900">
            New password for <strong>{state.result.login}</strong>:{" "}
            <output className="font-mono font-bold">{state.result.password}</output> (shown once)
          </p>
        ) : (
          state.message && <p className="text-red-800">{state.message}</p>
        )}
      </div>
    </form>
  );
}
