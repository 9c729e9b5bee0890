/**
 * The types the speaker finders share. They live apart from speakers.ts so that org-speakers.ts
 * and roles.ts, which speakers.ts calls, need not import it back.
 */
import type { PersonIndex } from "./names";
import type { OrgIndex } from "./orgs";
import type { Gender } from "./pronouns";
import type { Span } from "./types";

/** Who a cue credits: a name, or null when the text names nobody; `members` when it is a group. */
export type Speaker = { name: string | null; cue: string; pronoun?: boolean; weak?: boolean; members?: string[] };

/** One article as the speaker finders see it: its text, the people and organisations it names, its quoted spans. */
export type Context = {
  raw: string;
  people: PersonIndex;
  quoted: Span[];
  /** Quoted passages told in the third person, whose people "he" and "she" may refer to (narrative-blocks.ts). */
  narrative?: Span[];
  genders?: Map<string, Gender>;
  orgs?: OrgIndex;
};
