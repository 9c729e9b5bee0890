/**
 * Length limits the browser shows (a field's maxLength) as well as the server checks. Kept apart
 * from the schemas: importing a constant from a module that builds a zod schema puts all of zod
 * (about 30 kB gzipped) in the page's JavaScript.
 */

/** A written answer's length limit: a few sentences, with room to spare. */
export const MAX_RESPONSE = 2000;

/** A teacher's comment on a written answer. */
export const MAX_REVIEW_COMMENT = 1000;

/** Options of a question a teacher writes. */
export const MAX_OPTIONS = 8;
