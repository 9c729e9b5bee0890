import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { z } from "zod";
import type { FormState } from "@/lib/form-state";

/**
 * A form posted without JavaScript ends in a redirect (post/redirect/get), so what the form shows
 * next (its errors, what was typed, a one-time result such as new logins' passwords) rides to the
 * form's page in this cookie: encrypted and authenticated with the app secret, since it can hold
 * passwords and names; sent only to that page, for two minutes; and cleared by the proxy when the
 * page is asked for, so it is read once.
 */
const FORM_RESULT_COOKIE = "byline_form";
export const FORM_RESULT_MAX_AGE_SECONDS = 120;

/** Browsers keep at most about 4 kB a cookie; a few chunks fit a sheet of 100 new logins. */
const CHUNK_LENGTH = 3800;
const MAX_CHUNKS = 3;

/** The forms that post both ways; each page shows the result meant for its own form only. */
export type FormId =
  "sign-in" | "sign-up" | "join-class" | "create-class" | "add-students" | "create-assignment" | "score-response";

const storedSchema = z.object({
  form: z.string(),
  expires: z.number(),
  state: z.object({
    ok: z.boolean().optional(),
    message: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string()).optional()).optional(),
    values: z.record(z.string(), z.string()).optional(),
    result: z.unknown().optional(),
  }),
});

type StoredFormResult = { form: string; state: FormState<unknown> };

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "byline-form-result", "", 32));
}

/** The cookie chunks holding a form's result, or null when it is too large to carry. */
export function sealFormResult(
  form: FormId,
  state: FormState<unknown>,
  secret: string,
  now = Date.now(),
): { name: string; value: string }[] | null {
  const plain = deflateRawSync(JSON.stringify({ form, expires: now + FORM_RESULT_MAX_AGE_SECONDS * 1000, state }));
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  const value = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url");
  const count = Math.ceil(value.length / CHUNK_LENGTH);
  if (count > MAX_CHUNKS) return null;
  return Array.from({ length: count }, (_, i) => ({
    name: chunkName(i),
    value: value.slice(i * CHUNK_LENGTH, (i + 1) * CHUNK_LENGTH),
  }));
}

/** A form's result from the cookies the page was sent; null when absent, expired, tampered or foreign. */
export function openFormResult(
  cookie: (name: string) => string | undefined,
  secret: string,
  now = Date.now(),
): StoredFormResult | null {
  let value = "";
  for (let i = 0; i < MAX_CHUNKS; i++) value += cookie(chunkName(i)) ?? "";
  if (!value) return null;
  try {
    const bytes = Buffer.from(value, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
    const stored = storedSchema.safeParse(JSON.parse(inflateRawSync(plain).toString("utf8")));
    if (!stored.success || stored.data.expires <= now) return null;
    return { form: stored.data.form, state: stored.data.state };
  } catch {
    return null;
  }
}

export function chunkName(index: number): string {
  return `${FORM_RESULT_COOKIE}.${index}`;
}

/** Every cookie name a form's result may use, to clear them all. */
export function formResultCookieNames(): string[] {
  return Array.from({ length: MAX_CHUNKS }, (_, i) => chunkName(i));
}
