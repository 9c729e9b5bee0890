/**
 * What an action answers when the signed-in user may not touch what they named. "Not found
 * among yours" rather than "forbidden": it must not confirm that someone else's class exists.
 */
export const REFUSED = {
  class: { message: "That class is not one of yours." },
  student: { message: "That student is not on one of your class rosters." },
  assignment: { message: "That assignment is not in one of your classes." },
  teacher: { message: "That account is not a teacher's." },
} as const;

/** A lesson the user may not edit: someone else's, a built-in one, or none at all. */
export const REFUSED_LESSON = {
  message: "That lesson is not one of yours. Built-in lessons cannot be edited.",
} as const;
