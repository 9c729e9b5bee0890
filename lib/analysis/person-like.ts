import nlp from "compromise";
import { SPEECH_VERB } from "./cues";
import { escapeRegExp } from "./text";

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Sgt|Capt|Prof|Rev|President|Senator|Governor|Mayor|Judge|Secretary|Minister|Chancellor|Speaker|Representative|Congressman|Congresswoman)`;

const LEXICON: Record<string, string | string[]> = (
  nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
).world().model.one.lexicon;
const NAME_TAGS = new Set(["FirstName", "LastName", "MaleName", "FemaleName", "Person", "Honorific"]);
/** What a capitalised run names when it is a programme, a caption or a body, not a person. */
const THING_WORDS = new Set(
  "speech speeches office election show report program programme video interview debate campaign committee foundation network radio hour daily weekly journal times post news today live tonight morning evening podcast magazine".split(
    " ",
  ),
);
const NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ity|ities|ship|ance|ence|isms?)$/;

/** A common word, not a name: one compromise's lexicon lists as something other than a name, or a noun by its ending ("Investigations"). */
function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  const tags = LEXICON[w];
  const listed = tags !== undefined && ![tags].flat().some((t) => NAME_TAGS.has(t));
  return THING_WORDS.has(w) || NOUN_ENDING.test(w) || listed;
}

/**
 * Whether a name the article gives could be offered as a person who spoke, or is a thing a
 * capitalised run named: a caption's "Obama Speech", a programme's "Laura Ingraham Show", a body's
 * "A Government Accountability Office", a place ("Vermont") or a title cut off ("Gov"). A surname
 * alone counts only when the article uses it for a person: after a title or before a speech verb.
 */
export function looksLikePerson(name: string, raw: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.length === 1) {
    const word = escapeRegExp(words[0]!);
    return (
      new RegExp(`\\b${TITLE}\\.?\\s+${word}\\b`, "u").test(raw) ||
      new RegExp(`\\b${word}\\s+${SPEECH_VERB}\\b`, "u").test(raw) ||
      new RegExp(`\\b${SPEECH_VERB}\\s+${word}\\b`, "u").test(raw)
    );
  }
  if (/^(?:A|An|The)$/.test(words[0]!)) return false;
  // "Donald J. Trump": a middle initial is no part of the question.
  const core = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{Lu}\.$/u.test(w));
  const last = core.at(-1)!;
  if (core.length >= 3) return !isCommonWord(last);
  const firstName = nlp(core[0]!).has("#FirstName") || /^\p{Lu}\.$/u.test(core[0]!);
  return firstName || !isCommonWord(last);
}
