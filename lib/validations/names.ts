import { z } from "zod";

export const MAX_NAME_LENGTH = 100;

/**
 * Embeddings, overrides and isolates reorder the text that follows them: "Ana\u202Enimda" shows as
 * "Anaadmin", so a name could pass for another on a roster or a report. Refused with a message,
 * since quietly dropping them would store a name other than the one the person sees.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Invisible characters that make two names which look the same differ: zero-width spaces and
 * joiners, the word joiner, a byte-order mark, and the direction marks (which only nudge
 * punctuation and often come along when a name is copied from a right-to-left page). Dropped.
 */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u061C]/gu;

/** Control characters other than white space (a stray NUL, a bell) have no place in a name either. */
const CONTROL = /[^\P{Cc}\s]/gu;

export const DIRECTION_CONTROL_MESSAGE =
  "Remove the hidden text-direction characters from the name: they can make it look like a different name.";

/** True when the text holds a character that reorders how a name is shown. */
export function hasDirectionControls(text: string): boolean {
  return text.search(DIRECTION_CONTROLS) !== -1;
}

/**
 * The name as stored: invisible characters dropped, runs of white space as one space, trimmed.
 * Direction controls go too, so that a refused name can be shown back safely in its message.
 */
export function cleanName(text: string): string {
  return text.replace(DIRECTION_CONTROLS, "").replace(INVISIBLE, "").replace(CONTROL, "").replace(/\s+/gu, " ").trim();
}

/**
 * A person's or a class's name as typed into a form: the one rule for every name the app stores
 * (sign-up, account settings, classes; teacher-made student logins go through the same
 * functions in lib/rosters/name-list.ts).
 */
export const displayName = (emptyMessage: string) =>
  z
    .string()
    .refine((text) => !hasDirectionControls(text), DIRECTION_CONTROL_MESSAGE)
    .transform(cleanName)
    .pipe(z.string().min(1, emptyMessage).max(MAX_NAME_LENGTH, `Use at most ${MAX_NAME_LENGTH} characters.`));
