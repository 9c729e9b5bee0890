import { z } from "zod";
import { normalizeCode } from "@/lib/codes";
import { displayName } from "./names";

/** Optional text: an empty field means "none", stored as null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => v || null)
    .optional()
    .transform((v) => v ?? null);

export const classIdSchema = z.object({ classId: z.uuid("Unknown class.") });

export const classDetailsSchema = z.object({
  name: displayName("Enter the class name."),
  section: optionalText(100),
  schoolYear: optionalText(20),
});

export const updateClassSchema = classIdSchema.extend(classDetailsSchema.shape);

/** For a pair of buttons (archive / restore, turn joining off / on) posting "true" or "false". */
export const booleanFlag = z.enum(["true", "false"]).transform((v) => v === "true");

export const archiveClassSchema = classIdSchema.extend({ archived: booleanFlag });
export const setJoinEnabledSchema = classIdSchema.extend({ enabled: booleanFlag });

/** Compared without case or dashes: "demo7k3q" finds "DEMO-7K3Q". */
export const joinCode = z
  .string()
  .trim()
  .max(40, "That is too long for a class code.")
  .transform(normalizeCode)
  .refine((code) => code.length > 0, "Enter the class code from your teacher.");

export const joinClassSchema = z.object({ code: joinCode });

export type ClassDetailsInput = z.infer<typeof classDetailsSchema>;
