"use server";

import { endSession } from "@/db/mutations/sessions";
import { serverAction } from "@/server/actions/form-action";
import { signOut } from "@/server/auth";
import { submitSignIn, submitSignUp } from "@/server/forms/auth";
import { currentSessionId } from "@/server/session";

// The plain posts without JavaScript (sign-in/submit, sign-up/submit) run the same handlers.
export const signInAction = serverAction(submitSignIn);
export const signUpAction = serverAction(submitSignUp);

/** Ends this session's row first (so a copied cookie stops working), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirectTo: "/" });
}
