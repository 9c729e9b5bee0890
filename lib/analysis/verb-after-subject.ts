import nlp from "compromise";

/** A verb as it follows a subject ("likened", "took", "admires"), not a noun ("Trump supporters", "Clinton aides"). */
export function isVerbAfterSubject(word: string): boolean {
  if (/ed$/.test(word) || nlp(word).has("#Verb")) return true;
  // compromise reads "admires" or "touts" alone as plural nouns; nouns for people end otherwise.
  return /[^s]s$/.test(word) && !/(?:ers|ors|ists|ants|ents|ians|ees|als|ics|ides|ites|ives|ies)$/.test(word);
}
