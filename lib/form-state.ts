import type { z } from "zod";

/** What every form action returns: field errors next to their inputs, a message for the form. */
export type FormState<Result = never> = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** What was typed (never passwords), so a form that failed validation keeps it. */
  values?: Record<string, string>;
  /** What a successful action hands back to show once (generated logins), never stored. */
  result?: Result;
};

/** The named text fields of a submission, for FormState.values. */
export function keepValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

export function fieldErrors(error: z.ZodError): FormState {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return { errors, message: "Please fix the highlighted fields." };
}

const PLACEHOLDER_ORIGIN = "http://byline.invalid";

/**
 * Only same-site paths may be a post-sign-in destination: never `//evil.example` or a full URL.
 * Judged as a browser reads it, with the same URL parser: it drops tabs and line breaks and turns
 * `\` into `/`, so `/<TAB>/evil.example` is `//evil.example`. Control characters are refused
 * outright (they have no business in a path, and would reach a Location header).
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    return new URL(value, PLACEHOLDER_ORIGIN).origin === PLACEHOLDER_ORIGIN ? value : fallback;
  } catch {
    return fallback;
  }
}
