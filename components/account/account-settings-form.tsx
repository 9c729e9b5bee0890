"use client";

import { useActionState } from "react";
import { updateAccountAction } from "@/app/account/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import type { FormState } from "@/lib/form-state";

type Props = { name: string; timeZone: string; timeZones: string[] };

export function AccountSettingsForm({ name, timeZone, timeZones }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateAccountAction, {});
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" noValidate>
      <Field
        name="name"
        label="Your name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name ?? name}
        errors={state.errors?.name}
      />
      <SelectField
        name="timeZone"
        label="Time zone"
        hint="Due dates and other times are shown in this zone, and the dates you enter are read in it."
        options={timeZones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))}
        defaultValue={state.values?.timeZone ?? timeZone}
        errors={state.errors?.timeZone}
      />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        Save settings
      </Button>
    </form>
  );
}
