import { z } from "zod";
import { isTimeZone } from "@/lib/time-zones";
import { joinCode } from "./classes";
import { displayName } from "./names";

/** A password someone chooses (sign-up, changing it): the one length rule. */
export const newPassword = z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, "Enter your email or username.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
});

export const timeZoneSchema = z.string().max(64).refine(isTimeZone, "Unknown time zone.");

export const signUpSchema = z.object({
  name: displayName("Enter your name."),
  email: z
    .email("Enter a valid email address.")
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: newPassword,
  // Self sign-up is for students 13 and older; younger students get logins from their teacher.
  confirmAge: z.literal("on", { message: "Confirm that you are 13 or older, or ask your teacher for a login." }),
  timeZone: timeZoneSchema.catch("UTC"),
  inviteCode: z
    .string()
    .trim()
    .max(40)
    .transform((c) => (c === "" ? undefined : c.toUpperCase()))
    .optional(),
  /** A class to join in the same step (the /join page's sign-up). */
  joinCode: joinCode.optional(),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
