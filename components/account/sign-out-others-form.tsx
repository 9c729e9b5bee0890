"use client";

import { useActionState } from "react";
import { signOutOtherSessionsAction } from "@/app/account/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/form-state";

export function SignOutOthersForm({ others }: { others: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signOutOtherSessionsAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" variant="secondary" disabled={pending || (others === 0 && !state.message)}>
        Sign out everywhere else
      </Button>
    </form>
  );
}
