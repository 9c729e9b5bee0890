import { z } from "zod";
import { newPassword, timeZoneSchema } from "./auth";
import { displayName } from "./names";

export const accountSettingsSchema = z.object({
  name: displayName("Enter your name."),
  timeZone: timeZoneSchema,
});

export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((d) => d.newPassword === d.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same.",
  })
  .refine((d) => d.newPassword !== d.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
