import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { decodeGuestProgress, encodeGuestProgress, type GuestProgress } from "@/lib/guest-progress";

/** A guest's progress on demo lessons, in this signed cookie only (lib/guest-progress.ts signs and checks it). */
const COOKIE = "byline_guest";
const MAX_AGE = 30 * 24 * 60 * 60;

export async function readGuestProgress(): Promise<GuestProgress> {
  return decodeGuestProgress((await cookies()).get(COOKIE)?.value);
}

export async function writeGuestProgress(progress: GuestProgress): Promise<void> {
  (await cookies()).set(COOKIE, encodeGuestProgress(progress), {
    httpOnly: true,
    sameSite: "lax",
    secure: env("NODE_ENV") === "production" && env("AUTH_URL")?.startsWith("https:") === true,
    path: "/",
    maxAge: MAX_AGE,
  });
}
