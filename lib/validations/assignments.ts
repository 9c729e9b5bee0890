import { z } from "zod";
import { slug } from "@/lib/content/schema";
import { LOCAL_DATE_TIME, zonedLocalToUtc } from "@/lib/time-zones";
import { booleanFlag, classIdSchema } from "./classes";

/** A wall-clock date and time as a datetime-local input sends it; the zone is the user's own. */
const localDateTime = (message: string) =>
  z
    .string(message)
    .trim()
    .regex(LOCAL_DATE_TIME, message)
    .transform((v) => v.slice(0, 16))
    .refine((v) => zonedLocalToUtc(v, "UTC") !== null, "That date does not exist.");

/** Checkboxes post nothing, one value or several. */
const checkedIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.uuid("Unknown student.")).max(500),
);

const plan = z
  .object({
    opensAt: z
      .union([
        z.literal("").transform(() => null),
        localDateTime("Enter the opening date and time, or leave it empty."),
      ])
      .default(null),
    dueAt: localDateTime("Choose the due date and time."),
    audience: z.enum(["class", "students"], "Choose who gets the assignment."),
    studentIds: checkedIds,
  })
  // Both are on the same clock (the teacher's zone), so comparing the texts compares the times.
  .refine((p) => !p.opensAt || p.opensAt < p.dueAt, {
    path: ["dueAt"],
    message: "The due date must come after the opening date.",
  })
  .refine((p) => p.audience === "class" || p.studentIds.length > 0, {
    path: ["studentIds"],
    message: "Choose at least one student.",
  })
  .transform(({ audience, studentIds, ...times }) => ({
    ...times,
    studentIds: audience === "class" ? null : studentIds,
  }));

export const createAssignmentSchema = z.intersection(classIdSchema.extend({ lessonId: slug }), plan);

export const assignmentIdSchema = z.object({ assignmentId: z.uuid("Unknown assignment.") });

export const updateAssignmentSchema = z.intersection(assignmentIdSchema, plan);

export const setAssignmentClosedSchema = assignmentIdSchema.extend({ closed: booleanFlag });
