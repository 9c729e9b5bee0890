"use server";

import { revalidatePath } from "next/cache";
import { updateAccountSettings } from "@/db/mutations/users";
import { formAction } from "@/lib/actions/form-action";
import { accountSettingsSchema } from "@/lib/validations/account";

export const updateAccountAction = formAction({ schema: accountSettingsSchema, keep: ["name", "timeZone"] }, async (input, user) => {
  await updateAccountSettings(user.id, input);
  // The name is in the header of every page, and dates everywhere follow the zone.
  revalidatePath("/", "layout");
  return { ok: true, message: "Settings saved.", values: { name: input.name, timeZone: input.timeZone } };
});
