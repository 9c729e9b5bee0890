/**
 * The gold side of a speaker that PolNeAR's annotators marked as a description ("the mayor", "the
 * Ohio senator", "the former harbour master", "the commission") or as a relative "who":
 * resolved to a name by the article's own words, the way a reader would, and never by our output.
 * A description resolves only where the article gives a name that description: as a title before
 * it ("Mayor Ann Lee", "Ohio Sen. Carl Diaz", "businessman Tom Hale"), as an apposition after it
 * ("Ann Lee, the former harbour master"), or, for an organisation's noun, a capitalised name
 * holding that noun ("the Harbour Commission"). Of the names so described, the one the article
 * mentioned last before the Source wins; with none, the Source stays unresolved and is scored as
 * before. Conventions: docs/analysis.md,
 * section "PolNeAR".
 */
import nlp from "compromise";
import { escapeRegExp as escape } from "./text";

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Pres|Atty)\.)`;
const PARTICLE = String.raw`(?:de|van|von|del|da|la|le|bin|al)`;
const NICKNAME = String.raw`(?:["“][^"”\n]{1,20}["”] )?`;
/**
 * One to five name words on one line, joined by single spaces, the last one capitalised and at
 * least two letters ("Bill de Blasio", `Robert C. "Bobby" Scott`); never across a sentence's end.
 */
const NAME = String.raw`((?:(?:${NAME_WORD}|${PARTICLE})[ \u00a0]${NICKNAME}){0,4}\p{Lu}[\p{L}’'-]+)`;
/** A name starts where no capitalised word stands right before it ("New Hampshire", not "Hampshire"). */
const WHOLE = String.raw`(?<![\p{L}’'.-])(?<!\p{Lu}[\p{L}’'.-]*[ \u00a0])`;
/** A name after a preposition of place is a place ("in Dover, the mayor said"). */
const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:in|at|on|near|from|across|outside)\s+)`;

/** Short forms a head noun takes as a title before a name; otherwise the noun itself. */
const TITLE_FORMS: Record<string, string> = {
  president: String.raw`President|Pres\.`,
  senator: String.raw`Senator|Sen\.`,
  congressman: String.raw`Congressman|Representative|Rep\.`,
  congresswoman: String.raw`Congresswoman|Representative|Rep\.`,
  representative: String.raw`Representative|Rep\.`,
  governor: String.raw`Governor|Gov\.`,
  general: String.raw`General|Gen\.`,
  attorney: String.raw`Attorney|Atty\.`,
};

/** Either case of a word's first letter, the rest as written. */
const anyCaseFirst = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;

/** Words after which a description's head has ended ("secretary of the port" → "secretary"). */
const HEAD_ENDS = /\s+(?:of|for|in|at|on|from|to|with)\s+.*$/;

type Part = { head: string; modifiers: string[] };

/**
 * The parts of a description Source, each a head noun and the capitalised words before it:
 * "the former secretary of the port and current Democratic nominee" → secretary (), nominee
 * (Democratic); "Dover's former campaign strategist" → strategist (). Null when the Source
 * is not a description (no "the" or possessive before it, or a capitalised last word: "The Hill").
 */
function descriptionParts(source: string): Part[] | null {
  const s = source.trim().replace(/[,.;:]+$/, "");
  const m = /^(?:the|The|\p{Lu}[\p{L}.’'-]*['’]s)\s+(.+)$/u.exec(s);
  if (!m) return null;
  const parts = m[1]!.split(/\s+and\s+/).map((part) => {
    const words = part.replace(HEAD_ENDS, "").trim().split(/\s+/);
    return {
      head: words.at(-1) ?? "",
      modifiers: words
        .slice(0, -1)
        .filter((w) => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w))
        .map((w) => w.replace(/[^\p{L}]/gu, ""))
        .filter((w) => w.length > 1),
    };
  });
  if (!parts.length || parts.some((p) => !/^\p{Ll}[\p{Ll}-]+$/u.test(p.head))) return null;
  return parts;
}

/** The head nouns of a description Source ("the mayor" → mayor), or null when it is none. */
export const descriptionHeads = (source: string): string[] | null =>
  descriptionParts(source)?.map((p) => p.head) ?? null;

/**
 * Whether words around a name carry a description's capitalised word: the word itself ("U.S."
 * for "US"), its first four letters ("Calif." for California), or a state's abbreviation ("Vt.",
 * "I-Vt.", "VT").
 */
function carries(words: string, modifier: string): boolean {
  const bare = words.replace(/\./g, "");
  if (bare.includes(modifier) || words.includes(modifier.slice(0, 4))) return true;
  const state = STATES[modifier];
  return !!state && state.some((a) => new RegExp(String.raw`(?<![\p{L}])${escape(a)}(?![\p{L}])`, "u").test(words));
}

/** US states whose abbreviations are not their first four letters: AP style and postal. */
const STATES: Record<string, string[]> = {
  Alabama: ["Ala.", "AL"],
  Alaska: ["AK"],
  Arizona: ["Ariz.", "AZ"],
  Arkansas: ["Ark.", "AR"],
  California: ["Calif.", "CA"],
  Colorado: ["Colo.", "CO"],
  Connecticut: ["Conn.", "CT"],
  Delaware: ["Del.", "DE"],
  Florida: ["Fla.", "FL"],
  Georgia: ["Ga.", "GA"],
  Hawaii: ["HI"],
  Idaho: ["ID"],
  Illinois: ["Ill.", "IL"],
  Indiana: ["Ind.", "IN"],
  Iowa: ["IA"],
  Kansas: ["Kan.", "KS"],
  Kentucky: ["Ky.", "KY"],
  Louisiana: ["La.", "LA"],
  Maine: ["ME"],
  Maryland: ["Md.", "MD"],
  Massachusetts: ["Mass.", "MA"],
  Michigan: ["Mich.", "MI"],
  Minnesota: ["Minn.", "MN"],
  Mississippi: ["Miss.", "MS"],
  Missouri: ["Mo.", "MO"],
  Montana: ["Mont.", "MT"],
  Nebraska: ["Neb.", "NE"],
  Nevada: ["Nev.", "NV"],
  Ohio: ["OH"],
  Oklahoma: ["Okla.", "OK"],
  Oregon: ["Ore.", "OR"],
  Pennsylvania: ["Pa.", "PA"],
  Tennessee: ["Tenn.", "TN"],
  Texas: ["Tex.", "TX"],
  Utah: ["UT"],
  Vermont: ["Vt.", "VT"],
  Virginia: ["Va.", "VA"],
  Washington: ["Wash.", "WA"],
  Wisconsin: ["Wis.", "WI"],
  Wyoming: ["Wyo.", "WY"],
};

type Named = { at: number; end: number; name: string; words: string; office: string | null };

/** Heads that name an organisation: resolved to a capitalised name holding the noun ("the Harbour Commission"). */
const ORG_HEADS = new Set(
  "agency administration association board bureau campaign commission committee company council court department foundation group institute ministry network office party service union university".split(
    " ",
  ),
);
/** Nouns for a person that compromise does not tag as one (it tags "mayor", "actress", "strategist"). */
const PERSON_HEADS = new Set(
  "senator governor nominee candidate judge pollster speaker spokesman spokeswoman spokesperson adviser advisor founder billionaire lawyer official chief commissioner aide".split(
    " ",
  ),
);
/** A head noun for a person ("the senator", "the actress"); a text ("the piece", "the lawsuit") or a number ("the two") is not. */
const isPersonHead = (head: string) =>
  head in TITLE_FORMS || PERSON_HEADS.has(head) || /(?:man|woman)$/.test(head) || nlp(head).has("#Actor");
/** A name that is an organisation's or a place's, not a person's ("State Department"). */
const ORG_NAME =
  /\b(?:Department|Committee|Party|House|Senate|Congress|Times|Post|News|Journal|Agency|Office|Council|Commission|Group|Foundation|Institute|University|Campaign|Court|Board|Administration)$/;
/** Words a title can stand before that are no name ("the president Tuesday"). */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A word before a title that makes it another office ("Vice President", "former Gov."). */
const OTHER_OFFICE = /\b(vice|former|ex|deputy|acting|assistant|late)[\s-]*$/i;

/**
 * Every place the article gives a name this head noun: title before, apposition after, or an
 * organisation's name. `words` are the words around it that say which one ("Republican
 * presidential nominee", "the Democratic vice presidential nominee").
 */
function namesFor(raw: string, head: string): Named[] {
  const out: Named[] = [];
  const add = (re: RegExp, context: (m: RegExpMatchArray) => string) => {
    for (const m of raw.matchAll(re)) {
      const name = m[1]!
        .trim()
        .replace(/^(?:The|A|An) /, "")
        .replace(/['’]s$/, "");
      // The office is in the words before a title ("former Gov. Ann Lee") or in an apposition ("Ann Lee, the former governor").
      const office =
        (OTHER_OFFICE.exec(raw.slice(Math.max(0, m.index! - 12), m.index!)) ??
          new RegExp(OTHER_OFFICE.source.replace("[\\s-]*$", "\\b"), "i").exec(
            m[0].slice(m[1]!.length),
          ))?.[1]?.toLowerCase() ?? null;
      if (!NOT_A_NAME.test(name))
        out.push({ at: m.index!, end: m.index! + m[0].length, name, words: context(m), office });
    }
  };
  if (ORG_HEADS.has(head)) {
    const Head = escape(head[0]!.toUpperCase() + head.slice(1));
    add(
      new RegExp(
        String.raw`((?:\p{Lu}[\p{L}’'-]+ ){0,3}${Head}(?: (?:on|of|for)(?: (?:the )?\p{Lu}[\p{L}’'-]+){1,3})?)\b`,
        "gu",
      ),
      (m) => m[0],
    );
    // A bare "Commission" (a headline's or a sentence's first word) names no organisation.
    return out.filter((n) => n.name.includes(" "));
  }
  const title = TITLE_FORMS[head] ?? anyCaseFirst(escape(head));
  // The words around a title, within its sentence ("Ohio Sen. Ann Lee", "Sen. Ann Lee (D-Calif.)").
  add(new RegExp(String.raw`\b(?:${title})\s+${NAME}`, "gu"), (m) => {
    const before = raw
      .slice(Math.max(0, m.index! - 30), m.index!)
      .split(/[.!?]\s+|\n/)
      .at(-1)!;
    const after = raw.slice(m.index! + m[0].length, m.index! + m[0].length + 20).split(/[.!?]\s+|\n/)[0]!;
    return before + m[0] + after;
  });
  // Not after a preposition: "in Dover, the mayor said" names a place, then the subject.
  add(
    new RegExp(
      String.raw`${NOT_AFTER_PREPOSITION}${WHOLE}${NAME},\s+(?:the|a|an|\p{Lu}[\p{L}’'-]*['’]s)\s+[^,.;:()"“”\n]{0,80}?\b${anyCaseFirst(escape(head))}\b`,
      "gu",
    ),
    (m) => m[0],
  );
  return out.filter((n) => !ORG_NAME.test(n.name));
}

/** The name a description Source stands for, by the article's words before it; null when the article gives none. */
export function resolveDescription(raw: string, source: string, sourceStart: number): string | null {
  const parts = descriptionParts(source);
  if (!parts || !parts.every((p) => ORG_HEADS.has(p.head) || isPersonHead(p.head))) return null;
  const lower = source.toLowerCase();
  const before = parts
    .flatMap((p) =>
      namesFor(raw, p.head)
        // "the Republican nominee" is not "Tom Hale, the Democratic nominee"; "Calif." stands for California.
        .filter((n) => p.modifiers.every((w) => carries(n.words, w))),
    )
    // The Source's own words ("in Dover, the mayor") are no antecedent: the name ends before it.
    .filter((n) => n.end <= sourceStart)
    // "Vice President Ann Lee" is not "the president", nor "President Ann Lee" "the former president".
    .filter((n) =>
      n.office ? lower.includes(n.office) : !/\b(?:vice|former|ex|deputy|acting|assistant)\b/.test(lower),
    );
  // Of the people the article gives this description, the one it mentioned last before the Source
  // ("Sen. Ann Lee … Sen. Carl Diaz … Lee defended the bill … the senator said" is Ann Lee).
  const lastMention = (name: string) => {
    const surname = name.split(/\s+/).at(-1)!;
    const re = new RegExp(String.raw`(?<![\p{L}])${escape(surname)}(?![\p{L}])`, "gu");
    let at = -1;
    for (const m of raw.slice(0, sourceStart).matchAll(re)) at = m.index!;
    return at;
  };
  const best = before.map((n) => ({ name: n.name, at: lastMention(n.name) })).sort((a, b) => b.at - a.at)[0];
  return best?.name ?? null;
}

/**
 * The name a relative "who" Source stands for: the name closing the words just before it ("Ann
 * Lee, who", "Ann Lee, the singer, who", "Sen. Ann Lee of Ohio, who"); null after any other
 * preposition ("a man in Dover, who").
 */
export function resolveWho(raw: string, source: string, sourceStart: number): string | null {
  if (!/^\s*who\s*$/i.test(source)) return null;
  const before = raw.slice(Math.max(0, sourceStart - 160), sourceStart);
  const tail = String.raw`(?:\s*\([^()]*\))?(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'. -]{0,30}?)?,\s*`;
  // The name right before the comma first; only then a name with an apposition between.
  const m =
    // Not a name that closes a description ("the director of the Harbour Fund, who" is the director).
    new RegExp(String.raw`${NOT_AFTER_PREPOSITION}(?<!\b(?:of|for|the)\s+)${WHOLE}${NAME}${tail}$`, "u").exec(before) ??
    new RegExp(
      String.raw`${NOT_AFTER_PREPOSITION}${WHOLE}${NAME}${tail}(?:the|a|an|now)\b[^,;.\n]{0,80},\s*$`,
      "u",
    ).exec(before);
  const name = m?.[1]!.trim();
  return name && !ORG_NAME.test(name) ? name : null;
}
