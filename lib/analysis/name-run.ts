/** The shapes a name takes in running text (kept apart so that names.ts and orgs.ts can share them). */

/** Abbreviated titles written with a full stop ("Gov. Laura Pritchett"): the stop does not end the name. */
const TITLE_ABBR = String.raw`(?:Gov|Govs|Sen|Sens|Rep|Reps|Col|Gen|Lt|Sgt|Capt|Maj|Adm|Cmdr|Cpl|Det|Insp|Supt|Dr|Drs|Mr|Mrs|Ms|Messrs|Prof|Rev|Hon|Amb|Atty|Pres|Sec)\.(?=[ \u00a0]\p{Lu})`;
/** A capitalised word, with the inner capitals of "McDonald", "DeLuca", "O’Brien", "MacArthur", "PolitiFact" (never from inside a word). */
const WORD = String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}{1,6}(?=\p{Lu}\p{Ll})|\p{Lu}['’](?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll}`;
/** One capitalised word of a name: "Marco", "JD", "O’Brien", "Jean-Luc", "Ocasio-Cortez", "J." */
export const TOKEN = String.raw`(?:${TITLE_ABBR}|(?:Jr|Sr)\.|${WORD}(?:-(?:${WORD}|\p{Ll}+))*|\p{Lu}{2,}\b|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}\b)`;
const PARTICLE = String.raw`(?:de|da|di|del|van|von|der|den|bin|al|la|le|du|ter)`;
/** A run of capitalised words, the form a name takes in running text. */
export const NAME_RUN = String.raw`${TOKEN}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?${TOKEN}){0,6}`;
