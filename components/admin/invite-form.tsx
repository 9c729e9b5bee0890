"use client";

import { useActionState } from "react";
import { createInviteAction, type InviteFormState } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function InviteForm() {
  const [state, action, pending] = useActionState<InviteFormState, FormData>(createInviteAction, {});
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <Field name="note" label="Who is it for? (optional note)" errors={state.errors?.note} />
      <Field
        name="days"
        label="Valid for (days)"
        type="number"
        min={1}
        max={90}
        defaultValue={14}
        errors={state.errors?.days}
      />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      {state.code && (
        <p className="text-lg">
          Teacher invite code: <output className="font-mono font-bold">{state.code}</output>
        </p>
      )}
      <Button type="submit" disabled={pending}>
        Create teacher invite
      </Button>
    </form>
  );
}
