"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { Button } from "./button";
import { cn } from "./cn";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields naming what the action is about (ids, the flag to set). */
  fields: Record<string, string>;
  label: string;
  /** Spoken with the label, so "Remove" says whom it removes. */
  srContext?: string;
  variant?: "primary" | "secondary";
};

/** One button that posts one action, with its result read out in a live region beside it. */
export function ActionButton({ action, fields, label, srContext, variant = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size="sm" disabled={pending}>
        {label}
        {srContext && <span className="sr-only"> {srContext}</span>}
      </Button>
      <p aria-live="polite" className={cn("text-sm", state.ok ? "text-green-900" : "text-red-800")}>
        {state.message}
      </p>
    </form>
  );
}
