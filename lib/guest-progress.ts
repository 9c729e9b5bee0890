import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { serverSecret } from "@/lib/env";

/**
 * Guests may try demo lessons without an account. Their progress lives only in a signed cookie
 * (HMAC with the app secret; server/guest-progress.ts reads and writes it), never in the
 * database; signing up is how to keep it.
 */
const answerSchema = z.object({ c: z.array(z.string().max(100)).max(12), s: z.number().min(0).max(1) });
const lessonSchema = z.object({ n: z.number().int().min(1).max(1000), a: z.record(z.string().max(100), answerSchema) });
const guestSchema = z.object({ lessons: z.record(z.string().max(100), lessonSchema) });

export type GuestProgress = z.infer<typeof guestSchema>;

function sign(payload: string): string {
  return createHmac("sha256", `byline-guest:${serverSecret()}`).update(payload).digest("base64url");
}

export function encodeGuestProgress(progress: GuestProgress): string {
  const payload = Buffer.from(JSON.stringify(progress)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** A tampered, foreign or malformed cookie reads as no progress at all. */
export function decodeGuestProgress(value: string | undefined): GuestProgress {
  const empty = { lessons: {} };
  if (!value) return empty;
  const [payload, signature] = value.split(".");
  if (!payload || !signature) return empty;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return empty;
  try {
    const parsed = guestSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}
