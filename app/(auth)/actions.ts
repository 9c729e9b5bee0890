"use server";

import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { signUp } from "@/db/mutations/accounts";
import { endSession } from "@/db/mutations/sessions";
import { signIn, signOut } from "@/lib/auth";
import { fieldErrors, keepValues, safeReturnPath, type FormState } from "@/lib/form-state";
import { logger } from "@/lib/logger";
import { currentSessionId } from "@/lib/session";
import { clientAddress } from "@/lib/rate-limits/client-address";
import { retryMessage } from "@/lib/rate-limits/settings";
import { signInSchema, signUpSchema } from "@/lib/validations/auth";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData, ["identifier"]);
  const parsed = signInSchema.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  if (!parsed.success) return { ...fieldErrors(parsed.error), values };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(formData.get("next"), "/home") });
  } catch (err) {
    // signIn redirects by throwing; only an AuthError means the sign-in itself failed.
    if (err instanceof CredentialsSignin && err.code.startsWith("rate_limited:")) {
      return { message: retryMessage("sign-in attempts", Number(err.code.split(":")[1]) || 60), values };
    }
    if (err instanceof AuthError) {
      return { message: "That email or username and password don't match. Check them and try again.", values };
    }
    throw err;
  }
  return {};
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = keepValues(formData, ["name", "email", "inviteCode", "confirmAge", "joinCode"]);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ...fieldErrors(parsed.error), values };
  const wait = await hitRateLimits([{ name: "signUpPerAddress", subject: clientAddress(await headers()) }]);
  if (wait > 0) return { message: retryMessage("new accounts from this network", wait), values };
  const result = await signUp(parsed.data);
  if (!result.ok) return { errors: { [result.field]: [result.message] }, message: "Please fix the highlighted fields.", values };
  logger.info({ userId: result.userId, role: result.role }, "account created");
  await signIn("credentials", { identifier: parsed.data.email, password: parsed.data.password, redirectTo: "/home" });
  return {};
}

/** Ends this session's row first (so a copied cookie stops working), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirectTo: "/" });
}
