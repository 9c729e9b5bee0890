import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { serverSecret } from "@/lib/env";
import type { FormState } from "@/lib/form-state";
import {
  FORM_RESULT_MAX_AGE_SECONDS,
  formResultCookieNames,
  sealFormResult,
  type FormId,
} from "@/lib/forms/result-cookie";
import { POST_REFUSALS, refusePost } from "@/lib/http/request-checks";
import type { FormOutcome } from "@/server/actions/form-action";

/** The page a form is on, where its result is shown: a path, with a query or a fragment if need be. */
export type PlainPage<Params = Record<string, never>> = (formData: FormData, params: Params) => string;

type PlainPost<Params> = {
  form: FormId;
  /** The same handling as the form's server action (a FormHandler), given what the address names. */
  handle: (formData: FormData, params: Params) => Promise<FormOutcome<unknown>>;
  page: PlainPage<Params>;
};

const UNREADABLE = "The form could not be read. Please try again.";
const TOO_LONG = "The details are too long to show without JavaScript.";

/**
 * A form's target when JavaScript is off (with Cache Components, Next answers a server action
 * posted before hydration with the static shell only, and the action's result is lost). It runs
 * the form's own handler, then redirects (303, post/redirect/get): to the page the handler names,
 * or back to the form with its state in a cookie (lib/forms/result-cookie.ts) that the page reads.
 * With JavaScript the same form calls its server action instead.
 */
export function plainFormPost<Params extends Record<string, string> = Record<string, never>>({
  form,
  handle,
  page,
}: PlainPost<Params>) {
  return async function POST(request: NextRequest, context: { params: Promise<Params> }): Promise<Response> {
    // Server actions refuse cross-site posts by themselves; a plain endpoint must do the same.
    const refusal = refusePost({ method: request.method, headers: request.headers, acceptsNullOrigin: false });
    if (refusal) {
      const { status, message } = POST_REFUSALS[refusal];
      return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    const params = await context.params;
    const formData = await request.formData().catch(() => null);
    const back = address(request, page(formData ?? new FormData(), params));
    const outcome = formData ? await handle(formData, params) : { message: UNREADABLE };
    if (outcome.redirectTo) return NextResponse.redirect(address(request, outcome.redirectTo), 303);
    return withFormResult(NextResponse.redirect(back, 303), form, outcome, back);
  };
}

/**
 * The same endpoint asked for as a page (an address typed or kept from a form): sent on to the page
 * the form is on, where it can be filled in, rather than a bare 405.
 */
export function plainFormPage<Params extends Record<string, string> = Record<string, never>>(page: PlainPage<Params>) {
  return async function GET(request: NextRequest, context: { params: Promise<Params> }): Promise<Response> {
    return NextResponse.redirect(address(request, page(new FormData(), await context.params)), 303);
  };
}

/** Relative to the address the browser used (its Origin, checked above), not the server's own idea of its host. */
function address(request: NextRequest, path: string): URL {
  const origin = request.headers.get("origin");
  return new URL(path, origin && origin !== "null" ? origin : request.nextUrl);
}

function withFormResult(response: NextResponse, form: FormId, outcome: FormOutcome<unknown>, page: URL): NextResponse {
  const { redirectTo: _, ...state } = outcome;
  const secret = serverSecret();
  // What was typed goes first when the result does not fit, then everything but the message.
  const chunks =
    sealFormResult(form, state, secret) ??
    sealFormResult(form, { ...state, values: undefined }, secret) ??
    sealFormResult(
      form,
      { ok: state.ok, message: [state.message, TOO_LONG].filter(Boolean).join(" ") } satisfies FormState<unknown>,
      secret,
    );
  const options = { httpOnly: true, sameSite: "lax", secure: page.protocol === "https:", path: page.pathname } as const;
  for (const name of formResultCookieNames()) {
    const chunk = chunks?.find((c) => c.name === name);
    // Chunks a longer result left on this page must not be read with this one.
    response.cookies.set(name, chunk?.value ?? "", { ...options, maxAge: chunk ? FORM_RESULT_MAX_AGE_SECONDS : 0 });
  }
  return response;
}
