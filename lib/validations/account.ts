import { z } from "zod";
import { timeZoneSchema } from "./auth";

export const accountSettingsSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  timeZone: timeZoneSchema,
});

export type AccountSettingsInput = z.infer<typeof accountSettingsSchema>;
