import nlp from "compromise";
import { NAME_RUN } from "./name-run";
import { isOrgName } from "./orgs";
import { escapeRegExp, isHeadline } from "./text";

export { NAME_RUN } from "./name-run";

/** Words that come before a name without being part of it: offices, honorifics, nationalities. */
const TITLE_WORDS = new Set(
  `president vice secretary state special envoy army navy senator sen. sens. rep. reps. govs. drs. messrs. representative republican democratic democrat
   minister prime foreign defense defence interior finance chancellor mr. mrs. ms. dr. mr mrs ms dr miss gov. governor mayor
   spokeswoman spokesman spokesperson white house press ceo chief judge justice general gen. col. lt. sgt. king queen prince
   princess pope ambassador prosecutor detective inspector constable sergeant reverend bishop archbishop cardinal capt. maj. adm. cmdr. cpl. det. insp. supt. hon. amb. atty. pres. sec. deputy director commissioner chairman chairwoman chair speaker leader majority minority
   professor prof. sir lord dame rabbi rev. father sheikh ayatollah officer official advisor adviser counsel attorney
   u.s. us uk eu un nato kremlin former acting host anchor correspondent analyst economist coach captain
   councilmember councilman councilwoman councillor councilor alderman superintendent trustee transport transportation
   health education environment energy trade labor labour culture home economy agriculture commerce treasury homeland
   russian ukrainian american british french german chinese israeli palestinian iranian polish italian spanish canadian
   european japanese korean indian turkish syrian saudi egyptian mexican brazilian australian dutch belgian swiss swedish
   norwegian danish finnish hungarian czech romanian greek irish scottish welsh belarusian georgian lithuanian latvian estonian`
    .split(/\s+/)
    .filter(Boolean),
);

/** Letters and generational suffixes after a name ("Simon Keane KC", "Joseph R. Biden Jr."): no part of it here. */
const POST_NOMINALS = new Set("KC QC MP MEP MSP MS AM MLA TD MBE OBE CBE KBE DBE PhD Jr Sr II III IV".split(" "));
/** Offices no surname takes ("King", "Bishop" or "Judge" can be one). */
const ENDS_NO_NAME = new Set(
  `democrat republican secretary minister senator representative spokeswoman spokesman
  spokesperson president governor mayor chairman chairwoman leader official director commissioner ambassador envoy`.split(
    /\s+/,
  ),
);

/** Capitalised words that start sentences or name things, never people. */
const NOT_NAMES = new Set(
  `the a an and but or so yet if in on at as by for from of to with after before during since until while when where why how
   what who which this that these those it its he she they we i you his her their our my your him them us me
   there here then now today yesterday tomorrow also still even just only however meanwhile afterwards earlier later
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
   october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep
   sept oct nov dec according despite although though because update updates read subscribe photo note editor related
   neither either both not no every each all`
    .split(/\s+/)
    .filter(Boolean),
);

/** A capitalised word that starts sentences or names things, never a person: "Yesterday", "In", "The". */
export function isNotName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase());
}

/** A title word, also in the plural that stands before a group ("Senators Ann Baker and Carl Diaz", "Democrats …"). */
function isTitle(token: string): boolean {
  const t = token.toLowerCase();
  return TITLE_WORDS.has(t) || (/^\p{Lu}\p{Ll}{3,}s$/u.test(token) && TITLE_WORDS.has(t.slice(0, -1)));
}

/** "Secretary of State Marco Rubio’s," → "Marco Rubio"; null when nothing name-like is left. */
export function cleanName(run: string): string | null {
  const tokens = run
    .replace(/^[“”"‘’'(\[]+/u, "")
    .replace(/[’']s$/u, "")
    .replace(/[,.;:!?)]+$/u, "")
    .split(/[ \u00a0]+/)
    .filter(Boolean);
  // "KRTV’s Dario Fenn", "Acme Corp’s Ann Lee": an outlet or an organisation owns the name that follows.
  const owner = tokens.findIndex((t) => /\p{L}[’']s$/u.test(t));
  // "Northern Policy Forum’s Douglas Brandt": a first name after the possessive starts the person's name.
  if (
    owner >= 0 &&
    tokens.length - owner > 2 &&
    (ownsName(tokens.slice(0, owner + 1)) || (owner > 0 && startsWithFirstName(tokens.slice(owner + 1))))
  )
    tokens.splice(0, owner + 1);
  // "Tim Kaine’s Senate seat": a possessive ends the name.
  const possessive = tokens.findIndex((t) => /\p{L}[’']s$/u.test(t));
  if (possessive >= 0 && possessive < tokens.length - 1) tokens.splice(possessive + 1);
  if (possessive >= 0) tokens[tokens.length - 1] = tokens.at(-1)!.replace(/[’']s$/u, "");
  // "Mr. King", "Ms. Bishop": a surname that is also a title word, after an honorific.
  const honorific =
    tokens.length === 2 &&
    /^(?:mr|mrs|ms|miss|dr|sir|dame|prof)\.?$/i.test(tokens[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[1]!);
  if (honorific && isTitle(tokens[1]!)) return tokens[1]!;
  // "King says …": a surname that is also a title, alone.
  if (
    tokens.length === 1 &&
    /^(?:King|Bishop|Judge|Dean|Major|Marshal|Chancellor|Cardinal|Prince|Lord|Pope)$/.test(tokens[0]!)
  )
    return tokens[0]!;
  // "Simon Keane KC", "Jane Doe MP": letters after a name are no part of it.
  while (tokens.length > 1 && POST_NOMINALS.has(tokens.at(-1)!.replace(/\.$/, ""))) tokens.pop();
  // "The Massachusetts Democrat", "Health Secretary": a description, not a name.
  if (tokens.length > 1 && ENDS_NO_NAME.has(tokens.at(-1)!.toLowerCase())) return null;
  // "Kenyan Environment Minister Joseph Mwangi": the name starts after the last title word.
  const lastTitle = tokens.findLastIndex(isTitle);
  if (lastTitle >= 0 && lastTitle < tokens.length - 1) tokens.splice(0, lastTitle + 1);
  // "sister Victoria" (compromise keeps a lower-case noun before a name).
  while (
    tokens.length > 0 &&
    (isTitle(tokens[0]!) || NOT_NAMES.has(tokens[0]!.toLowerCase()) || /^\p{Ll}/u.test(tokens[0]!))
  )
    tokens.shift();
  if (tokens.length === 0) return null;
  if (tokens.some((t) => NOT_NAMES.has(t.toLowerCase()) && !/^\p{Lu}\.$/u.test(t))) return null;
  // "Chelsea explosion", `Bobby Scott!" Scott`: no name has a common noun or punctuation in it.
  if (
    tokens.some(
      (t) =>
        /[^\p{L}\p{M}.’'-]/u.test(t) ||
        (/^\p{Ll}/u.test(t) && !/^(?:de|da|di|del|van|von|der|den|bin|al|la|le|du|ter|al-\p{L}+)$/u.test(t)),
    )
  )
    return null;
  const name = tokens.join(" ").replace(/[’']s$/u, "");
  return /\p{Ll}/u.test(name) || /^\p{Lu}{2,3}$/u.test(name) ? name : null;
}

/** Two capitalised words, the first a known first name: a person's name ("Douglas Brandt"). */
function startsWithFirstName(words: string[]): boolean {
  return words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && nlp(words[0]!).has("#FirstName");
}

/** A possessor that is an organisation, not a person: initials ("NBC’s", "HP’s") or an organisation's name. */
function ownsName(words: string[]): boolean {
  const bare = words.join(" ").replace(/[’']s$/u, "");
  return /^\p{Lu}{2,}$/u.test(bare) || isOrgName(bare);
}

/**
 * "KRTV’s Dario Fenn": a name of two or more words that initials own is one of that outlet's
 * people; not "KRTV’s Morning Show podcast", a name that a common noun follows.
 */
function ownedByOrg(raw: string, start: number, end: number): boolean {
  if (!/(?<![\p{L}.])\p{Lu}{2,}[’']s[ \u00a0]$/u.test(raw.slice(Math.max(0, start - 12), start))) return false;
  const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(raw.slice(end, end + 30))?.[1];
  return !next || !nlp(next).has("#Noun");
}

/**
 * Where a capitalised run is a person even when compromise does not know the name: with an
 * age or a description after it ("Jim Kessler, 71,", "Lena Vos, who …", "Marieke de Wit, a
 * spokeswoman"), or as the apposition of a role ("chief executive, Joost Verhaegen,").
 */
function personContext(raw: string, start: number, end: number): boolean {
  if (/^,[ \u00a0]+(?:\d{1,3}\b|an?[ \u00a0]|who\b|whose\b)/u.test(raw.slice(end, end + 8))) return true;
  // The role is a lower-case word: not "in Salem, New Hampshire,".
  return (
    /(?:^|[\s(])\p{Ll}[\p{Ll}-]*,[ \u00a0]+$/u.test(raw.slice(Math.max(0, start - 30), start)) &&
    /^,/.test(raw.slice(end, end + 1))
  );
}

/** "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Titles only a person holds: "Secretary General Ban Ki-moon", "Prime Minister Malcolm Turnbull". */
const PERSON_TITLES = new Set(
  `president secretary senator sen. rep. representative minister chancellor mr. mrs. ms. dr. mr mrs ms dr gov.
  governor mayor judge justice general gen. ambassador prosecutor king queen prince princess pope sheikh ayatollah rabbi
  reverend rev. bishop cardinal professor prof. sir lord dame commissioner director chairman chairwoman`.split(/\s+/),
);

/** A run whose name follows a person's title ("President Park Geun-hye"): a person even with a name compromise does not know. */
function afterPersonTitle(run: string, name: string): boolean {
  const words = run.split(/[ \u00a0]+/);
  const before = words.slice(0, Math.max(0, words.length - name.split(" ").length));
  return before.length > 0 && PERSON_TITLES.has(before.at(-1)!.toLowerCase());
}

/** Lines in title case (most longer words capitalised): headlines, where capitals name nothing in particular. */
function titleCaseLines(raw: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of raw.matchAll(/[^\r\n]+/g)) {
    if (isHeadline(m[0], 3)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A capitalised word opening a sentence before a verb of saying or thinking ("Vosch believes"). */
const SURNAME_SUBJECT =
  /(?:^|[.!?]["”’]?[ \u00a0]+|\n\s*)(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)[ \u00a0]+(said|says|believes|thinks|told|added|argued|argues|noted|notes|wrote|writes|explained)\b/gu;

const surnameOf = (name: string) => name.split(" ").at(-1)!.toLowerCase();

/**
 * The people an article names. Each mention resolves to the fullest form the article gives
 * ("Trump" → "Donald Trump"), matched on the surname and, when both have one, the first name.
 */
export class PersonIndex {
  private readonly bySurname = new Map<string, Set<string>>();
  /** Every multi-word capitalised run, by last word: where "Marco Rubio" is found for "Rubio". */
  private readonly longForms = new Map<string, Set<string>>();
  /** Groups that speak together ("Ann Baker and Carl Diaz"), by the name they are given. */
  private readonly groups = new Map<string, string[]>();

  constructor(private readonly raw: string) {
    for (const p of nlp(raw).people().out("array") as string[]) {
      const name = cleanName(p);
      if (name) this.add(name);
    }
    const headlines = titleCaseLines(raw);
    for (const m of raw.matchAll(new RegExp(NAME_RUN, "gu"))) {
      const name = cleanName(m[0]);
      if (!name || name.split(" ").length < 2 || name.split(" ").length > 4) continue;
      // "Glenn Beck Blasts Drudge": in a headline, capitals run on past the name.
      if (name.split(" ").length > 2 && headlines.some((h) => m.index >= h.start && m.index < h.end)) continue;
      const key = surnameOf(name);
      if (!this.longForms.has(key)) this.longForms.set(key, new Set());
      this.longForms.get(key)!.add(name);
      if (
        personContext(raw, m.index, m.index + m[0].length) ||
        nlp(name.split(" ")[0]!).has("#FirstName") ||
        ownedByOrg(raw, m.index, m.index + m[0].length) ||
        afterPersonTitle(m[0], name)
      )
        this.add(name);
    }
    this.addSurnameSubjects(raw);
  }

  /**
   * "Vosch believes that …", "Okafor said …": a single capitalised word that opens a sentence as
   * the subject of a verb of saying or thinking is a person the article names by surname alone,
   * unless the tagger knows it as a place, an organisation or a common word.
   */
  private addSurnameSubjects(raw: string): void {
    for (const m of raw.matchAll(SURNAME_SUBJECT)) {
      const [word, verb] = [m[1]!, m[2]!];
      if (this.isKnown(word) || isNotName(word) || isTitle(word) || isOrgName(word)) continue;
      const tagged = nlp(word);
      if (tagged.has("#Place") || tagged.has("#Organization") || tagged.has("#Actor")) continue;
      // "Critics say" is a plural noun; "Wines believes" a surname that looks like one.
      if (tagged.has("#Plural") && !/s$/.test(verb)) continue;
      // Never written in lower case, never "the Pentagon": a name, not a common noun or an institution.
      const lower = new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`, "u");
      if (lower.test(raw) || new RegExp(`\\bthe\\s+${escapeRegExp(word)}\\b`, "iu").test(raw)) continue;
      this.add(word);
    }
  }

  add(name: string): void {
    if (isOrgName(name)) return;
    const key = surnameOf(name);
    if (!this.bySurname.has(key)) this.bySurname.set(key, new Set());
    this.bySurname.get(key)!.add(name);
  }

  /** Registers a group of two or more speakers (fullest names) and gives its name: "A and B", "A, B and C". */
  addGroup(members: string[]): string {
    const name = joinNames(members);
    this.groups.set(name, [...members]);
    return name;
  }

  /** The members of a group this index named, or undefined when `name` is no group. */
  membersOf(name: string | null | undefined): string[] | undefined {
    const members = name ? this.groups.get(name) : undefined;
    return members ? [...members] : undefined;
  }

  isKnown(name: string): boolean {
    return this.bySurname.has(surnameOf(name));
  }

  /** Known, or written out with a first name somewhere in the article ("Karoline Leavitt"). */
  isNamed(name: string): boolean {
    return this.isKnown(name) || this.longForms.has(surnameOf(name));
  }

  /** Everyone the article names as a person, each in their fullest form. */
  everyone(): string[] {
    return [...new Set([...this.bySurname.values()].flatMap((forms) => [...forms].map((f) => this.fullest(f))))];
  }

  /** Known surnames, for finding mentions in running text. */
  surnames(): string[] {
    return [...this.bySurname.keys()];
  }

  fullest(name: string): string {
    const known = this.bySurname.get(surnameOf(name));
    if (!known) return this.byGivenName(name) ?? name;
    let forms = new Set([...known, ...(this.longForms.get(surnameOf(name)) ?? [])]);
    const first = name.split(" ").length > 1 ? name.split(" ")[0]!.toLowerCase() : null;
    if (!first) forms = this.titledAs(surnameOf(name), this.mainPerson(forms));
    let best = name;
    for (const form of forms) {
      const formFirst = form.split(" ").length > 1 ? form.split(" ")[0]!.toLowerCase() : null;
      if (first && formFirst && !formFirst.startsWith(first.replace(/\.$/, "")) && !first.startsWith(formFirst))
        continue;
      if (
        form.split(" ").length > best.split(" ").length ||
        (form.split(" ").length === best.split(" ").length && form.length > best.length)
      )
        best = form;
    }
    return best.includes(" ") ? best : (this.byGivenName(best) ?? best);
  }

  /**
   * A surname the article gives only with one title ("Mr. Obama") is not the full form whose
   * first name is of the other sex ("Michelle Obama"): such forms are dropped.
   */
  private titledAs(surname: string, forms: Set<string>): Set<string> {
    const escaped = escapeRegExp(surname);
    const titled = (t: string) => new RegExp(`\\b(?:${t})\\.?\\s+${escaped}\\b`, "iu").test(this.raw);
    const [m, f] = [titled("Mr"), titled("Mrs|Ms|Miss")];
    if (m === f) return forms;
    const other = m ? "#FemaleName" : "#MaleName";
    return new Set([...forms].filter((form) => !form.includes(" ") || !nlp(form.split(" ")[0]!).has(other)));
  }

  /**
   * A surname alone when several people share it ("Cruz" for Ted and Rafael Cruz): the one the
   * article writes out in full most often, the first one named on a tie.
   */
  private mainPerson(forms: Set<string>): Set<string> {
    const byFirst = new Map<string, { forms: string[]; count: number; first: number }>();
    for (const form of forms) {
      const words = form.split(" ");
      if (words.length < 2 || isOrgName(form)) continue;
      const key = words[0]!.toLowerCase().replace(/\.$/, "");
      const seen = byFirst.get(key) ?? { forms: [], count: 0, first: Infinity };
      const at = this.raw.indexOf(form);
      seen.forms.push(form);
      seen.count += at < 0 ? 0 : this.raw.split(form).length - 1;
      seen.first = Math.min(seen.first, at < 0 ? Infinity : at);
      byFirst.set(key, seen);
    }
    if (byFirst.size < 2) return forms;
    const main = [...byFirst.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0]!;
    return new Set([...forms].filter((f) => !f.includes(" ") || main.forms.includes(f)));
  }

  /**
   * "Sarah" → "Sarah Jones" when the article names exactly one person Sarah in full: a second
   * mention by first name is the same person, not someone else to offer as a distractor.
   */
  private byGivenName(token: string): string | null {
    if (token.includes(" ")) return null;
    const full = this.fullFormsOf(token.toLowerCase());
    return full.size === 1 ? [...full.values()][0]! : null;
  }

  /**
   * The people written out in full with this given name, one form per surname: known people, and
   * two-word runs that start with it ("Council member Frank DeLuca", where compromise reads
   * "Frank" as an adjective) unless the word is a surname ("Rubio Doctrine").
   */
  private fullFormsOf(given: string): Map<string, string> {
    const full = new Map<string, string>();
    const consider = (surname: string, form: string) => {
      // "Tom Becker" rather than "Parent Tom Becker" when both forms are about.
      const candidate = this.fullest(form);
      if (!full.has(surname) || candidate.toLowerCase().startsWith(`${given} `)) full.set(surname, candidate);
    };
    for (const [surname, forms] of this.bySurname) {
      if (surname === given) continue;
      for (const form of forms)
        if (
          form
            .split(" ")
            .slice(0, -1)
            // A given name comes first, after initials at most: not "Ruiz" in "Ana Ruiz Show".
            .some(
              (w, i, words) => w.toLowerCase() === given && words.slice(0, i).every((p) => /^\p{Lu}\.$/u.test(p)),
            ) &&
          !this.commonWord(form.split(" ").at(-1)!)
        )
          consider(surname, form);
    }
    if (full.size === 0 && !nlp(given).has("#LastName")) {
      for (const [surname, forms] of this.longForms) {
        for (const form of forms)
          if (form.split(" ").length === 2 && form.toLowerCase().startsWith(`${given} `) && !isOrgName(form))
            consider(surname, form);
      }
    }
    return full;
  }

  /** A capitalised word the article also writes in lower case ("Speech", "Show"): a common noun, no surname. */
  private commonWord(word: string): boolean {
    return new RegExp(`(?<![\\p{L}’'-])${escapeRegExp(word.toLowerCase())}(?![\\p{L}’'-])`, "u").test(this.raw);
  }

  /** One word the article never completes that is someone's first name: no option should read "Sarah". */
  isBareFirstName(name: string): boolean {
    if (name.includes(" ")) return false;
    if (this.fullFormsOf(name.toLowerCase()).size > 0) return true;
    const tagged = nlp(name);
    return tagged.has("#FirstName") && !tagged.has("#LastName");
  }
}
