import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { createClass } from "@/db/mutations/classes";
import { joinClass } from "@/db/mutations/enrollments";
import { hitRateLimits } from "@/db/mutations/rate-limits";
import { clientAddress } from "@/lib/rate-limits/client-address";
import { retryMessage } from "@/lib/rate-limits/settings";
import { classDetailsSchema, joinClassSchema } from "@/lib/validations/classes";
import { formHandler } from "@/server/actions/form-action";
import { TEACHER_ROLES } from "@/server/session";

export const joinClassResultSchema = z.object({ className: z.string() });
export type JoinClassResult = z.infer<typeof joinClassResultSchema>;

/** A student joins with the code their teacher gave them (any case, dashes optional). */
export const submitJoinClass = formHandler<typeof joinClassSchema, JoinClassResult>(
  { schema: joinClassSchema, keep: ["code"] },
  async ({ code }, user) => {
    // Checked here rather than with `roles`, so a teacher learns why, not just that it failed.
    if (user.role !== "student") {
      return {
        message: "Class codes are for students. Teachers and administrators manage classes on the Teaching page.",
      };
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
    const message = joined.alreadyEnrolled
      ? `You are already in ${joined.className}.`
      : `You joined ${joined.className}.`;
    return { ok: true, message, result: { className: joined.className } };
  },
);

/** A teacher's new class, with its join code; the teacher goes straight to its page. */
export const submitCreateClass = formHandler(
  { schema: classDetailsSchema, roles: TEACHER_ROLES, keep: ["name", "section", "schoolYear"] },
  async (input, user) => {
    const created = await createClass(user.id, input);
    revalidatePath("/teach");
    return { redirectTo: `/teach/classes/${created.id}` };
  },
);
