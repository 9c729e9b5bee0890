import "server-only";
import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { signUp } from "@/db/mutations/accounts";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { fieldErrors, keepValues, safeReturnPath } from "@/lib/form-state";
import { logger } from "@/lib/logger";
import { clientAddress } from "@/lib/rate-limits/client-address";
import { retryMessage } from "@/lib/rate-limits/settings";
import { signInSchema, signUpSchema } from "@/lib/validations/auth";
import type { FormOutcome } from "@/server/actions/form-action";
import { signIn } from "@/server/auth";

/**
 * Sign-in with a password, for the server action and the plain post alike. next-auth sets the
 * session cookie through next/headers; its authorize (server/auth.ts) counts the rate limits.
 */
export async function submitSignIn(formData: FormData): Promise<FormOutcome> {
  const values = keepValues(formData, ["identifier"]);
  const parsed = signInSchema.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  if (!parsed.success) return { ...fieldErrors(parsed.error), values };
  const redirectTo = safeReturnPath(formData.get("next"), "/home");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo, redirect: false });
  } catch (err) {
    if (err instanceof CredentialsSignin && err.code.startsWith("rate_limited:")) {
      return { message: retryMessage("sign-in attempts", Number(err.code.split(":")[1]) || 60), values };
    }
    if (err instanceof AuthError) {
      return { message: "That email or username and password don't match. Check them and try again.", values };
    }
    throw err;
  }
  return { redirectTo };
}

/** A new account (a student, or a teacher with an invite), signed in at once. */
export async function submitSignUp(formData: FormData): Promise<FormOutcome> {
  const values = keepValues(formData, ["name", "email", "inviteCode", "confirmAge", "joinCode"]);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ...fieldErrors(parsed.error), values };
  const wait = await hitRateLimits([{ name: "signUpPerAddress", subject: clientAddress(await headers()) }]);
  if (wait > 0) return { message: retryMessage("new accounts from this network", wait), values };
  const result = await signUp(parsed.data);
  if (!result.ok)
    return { errors: { [result.field]: [result.message] }, message: "Please fix the highlighted fields.", values };
  logger.info({ userId: result.userId, role: result.role }, "account created");
  await signIn("credentials", {
    identifier: parsed.data.email,
    password: parsed.data.password,
    redirectTo: "/home",
    redirect: false,
  });
  return { redirectTo: "/home" };
}
