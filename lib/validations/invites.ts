import { z } from "zod";

export const createInviteSchema = z.object({
  note: z.string().trim().max(200, "Use at most 200 characters.").optional(),
  days: z.coerce.number().int().min(1, "At least 1 day.").max(90, "At most 90 days.").default(14),
});

export const revokeInviteSchema = z.object({ inviteId: z.uuid("Unknown invite.") });
