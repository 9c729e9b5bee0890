"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { joinClass } from "@/db/mutations/enrollments";
import { formAction } from "@/lib/actions/form-action";
import { clientAddress } from "@/lib/rate-limits/client-address";
import { retryMessage } from "@/lib/rate-limits/settings";
import { joinClassSchema } from "@/lib/validations/classes";

export type JoinClassResult = { className: string };

export const joinClassAction = formAction<typeof joinClassSchema, JoinClassResult>(
  { schema: joinClassSchema, keep: ["code"] },
  async ({ code }, user) => {
    // Checked here rather than with `roles`, so a teacher learns why, not just that it failed.
    if (user.role !== "student") {
      return { message: "Class codes are for students. Teachers and administrators manage classes on the Teaching page." };
    }
    // Join codes are 8 characters from 27 (about 2.8 × 10¹¹ codes); ten tries a quarter hour per
    // account, and a limit per address, make guessing one hopeless.
    const wait = await hitRateLimits([
      { name: "joinPerAddress", subject: clientAddress(await headers()) },
      { name: "joinPerAccount", subject: user.id },
    ]);
    if (wait > 0) return { message: retryMessage("class-code attempts", wait), values: { code } };
    const joined = await joinClass(user.id, code);
    if (!joined.ok) return { errors: { code: [joined.message] }, message: joined.message, values: { code } };
    revalidatePath("/home");
    const message = joined.alreadyEnrolled ? `You are already in ${joined.className}.` : `You joined ${joined.className}.`;
    return { ok: true, message, result: { className: joined.className } };
  },
);
