import "server-only";
import { cookies } from "next/headers";
import type { z } from "zod";
import { serverSecret } from "@/lib/env";
import type { FormState } from "@/lib/form-state";
import { openFormResult, type FormId } from "@/lib/forms/result-cookie";

/**
 * What the plain post of `form` left for this page to show (server/forms/plain-post.ts), as the
 * form's initial state; undefined when there is nothing for it. A one-time result (new logins) is
 * kept only when `result` parses it.
 */
export async function readFormResult<Result = never>(
  form: FormId,
  result?: z.ZodType<Result>,
): Promise<FormState<Result> | undefined> {
  const jar = await cookies();
  const stored = openFormResult((name) => jar.get(name)?.value, serverSecret());
  if (!stored || stored.form !== form) return undefined;
  const { result: raw, ...state } = stored.state;
  const parsed = raw === undefined || !result ? undefined : result.safeParse(raw);
  return parsed?.success ? { ...state, result: parsed.data } : state;
}
