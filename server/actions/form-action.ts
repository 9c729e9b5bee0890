import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { UserRole } from "@/db/schema";
import { fieldErrors, keepValues, type FormState } from "@/lib/form-state";
import { formDataToObject, isFormData, UNREADABLE_FORM } from "@/lib/forms/form-data";
import { getCurrentUser, type SessionUser } from "@/server/session";

type Options<S extends z.ZodType> = {
  schema: S;
  /** Roles allowed to call it at all; ownership is the handler's own check. */
  roles?: readonly UserRole[];
  /** Text fields to hand back on a validation error, so the form keeps what was typed. */
  keep?: readonly string[];
};

/** What a form's handling ends in: a state for the form to show, or a page to go to. */
export type FormOutcome<Result = never> = FormState<Result> & { redirectTo?: string };

/**
 * A form's whole handling, however it was posted: a server action (JavaScript) or a plain form
 * post to a route handler (server/forms/plain-post.ts) both run this one function.
 */
export type FormHandler<Result = never> = (formData: FormData) => Promise<FormOutcome<Result>>;

/**
 * Every form is a public endpoint. This gives each the same order: session, role, input (zod),
 * then the handler, which checks ownership and writes. The handler either names the page to go
 * to (`redirectTo`) or returns a FormState for the form to show.
 */
export function formHandler<S extends z.ZodType, Result = never>(
  { schema, roles, keep = [] }: Options<S>,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<FormOutcome<Result>>,
): FormHandler<Result> {
  return async (formData) => {
    const user = await getCurrentUser();
    if (!user) return { message: "Your session has ended. Sign in again to continue." };
    if (roles && !roles.includes(user.role)) return { message: "Your account is not allowed to do this." };
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return { ...fieldErrors(parsed.error), values: keepValues(formData, keep) };
    return handler(parsed.data, user);
  };
}

/** A form handler as a server action for useActionState: `redirectTo` redirects (outside any try/catch). */
export function serverAction<Result = never>(handle: FormHandler<Result>) {
  return async (_prev: FormState<Result>, formData: FormData): Promise<FormState<Result>> => {
    if (!isFormData(formData)) return { message: UNREADABLE_FORM };
    const { redirectTo, ...state } = await handle(formData);
    if (redirectTo) redirect(redirectTo);
    return state;
  };
}

/** A server action with the usual order (formHandler); its handler may also call redirect() itself. */
export function formAction<S extends z.ZodType, Result = never>(
  options: Options<S>,
  handler: (input: z.infer<S>, user: SessionUser) => Promise<FormOutcome<Result>>,
) {
  return serverAction(formHandler(options, handler));
}
