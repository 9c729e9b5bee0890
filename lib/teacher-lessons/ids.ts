import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/**
 * Ids of teachers' sources and lessons: "t-" and ten random characters, a slug like the built-in
 * ones (they appear in URLs and evidence references) that no content file uses.
 */
export function newTeacherContentId(): string {
  return `t-${Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;
}

export const TEACHER_CONTENT_ID = /^t-[a-z0-9]{10}$/;

/** A draft question's id inside its lesson becomes the published question's global id. */
export const publishedQuestionId = (lessonId: string, draftId: string) =>
  `${lessonId}-${draftId}`.slice(0, 100).replace(/-+$/, "");
