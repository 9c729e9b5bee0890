"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { endOtherSessions } from "@/db/mutations/sessions";
import { changeOwnPassword, updateAccountSettings } from "@/db/mutations/users";
import { plural } from "@/lib/plural";
import { retryMessage } from "@/lib/rate-limits/settings";
import { accountSettingsSchema, changePasswordSchema } from "@/lib/validations/account";
import { formAction } from "@/server/actions/form-action";

export const updateAccountAction = formAction(
  { schema: accountSettingsSchema, keep: ["name", "timeZone"] },
  async (input, user) => {
    await updateAccountSettings(user.id, input);
    // The name is in the header of every page, and dates everywhere follow the zone.
    revalidatePath("/", "layout");
    return { ok: true, message: "Settings saved.", values: { name: input.name, timeZone: input.timeZone } };
  },
);

/** The account holder's own password, with the current one; every other session ends. */
export const changePasswordAction = formAction({ schema: changePasswordSchema }, async (input, user) => {
  // Guessing the current password from a borrowed session costs the same as guessing it at sign-in.
  const wait = await hitRateLimits([{ name: "signInPerAccount", subject: `password-change:${user.id}` }]);
  if (wait > 0) return { message: retryMessage("password attempts", wait) };
  const result = await changeOwnPassword(user, input);
  if (!result.ok)
    return {
      errors: { currentPassword: ["That is not your current password."] },
      message: "Your password was not changed.",
    };
  revalidatePath("/account");
  return {
    ok: true,
    message: `Password changed. ${plural(result.endedSessions, "other session")} signed out; this one stays signed in.`,
  };
});

/** Ends every session of the account except the one asking. */
export const signOutOtherSessionsAction = formAction({ schema: z.object({}) }, async (_input, user) => {
  const ended = await endOtherSessions(user.id, user.sessionId);
  revalidatePath("/account");
  return {
    ok: true,
    message: ended === 0 ? "No other session was signed in." : `Signed out ${plural(ended, "other session")}.`,
  };
});
