import nlp from "compromise";
import { NAME_RUN } from "./name-run";
import { isOrgName } from "./orgs";

export { NAME_RUN, TOKEN } from "./name-run";

/** Words that come before a name without being part of it: offices, honorifics, nationalities. */
const TITLE_WORDS = new Set(
  `president vice secretary state special envoy army navy senator sen. rep. representative republican democratic democrat
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

const POST_NOMINALS = new Set("KC QC MP MEP MSP MS AM MLA TD MBE OBE CBE KBE DBE PhD".split(" "));
/** Offices no surname takes ("King", "Bishop" or "Judge" can be one). */
const ENDS_NO_NAME = new Set(`democrat republican secretary minister senator representative spokeswoman spokesman
  spokesperson president governor mayor chairman chairwoman leader official director commissioner ambassador envoy`.split(/\s+/));

/** Capitalised words that start sentences or name things, never people. */
const NOT_NAMES = new Set(
  `the a an and but or so yet if in on at as by for from of to with after before during since until while when where why how
   what who which this that these those it its he she they we i you his her their our my your him them us me
   there here then now today yesterday tomorrow also still even just only however meanwhile afterwards earlier later
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
   october november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep
   sept oct nov dec according despite although though because update updates read subscribe photo note editor related`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Secretary of State Marco Rubio’s," → "Marco Rubio"; null when nothing name-like is left. */
export function cleanName(run: string): string | null {
  const tokens = run
    .replace(/[’']s$/u, "")
    .replace(/[,.;:!?)]+$/u, "")
    .split(/[ \u00a0]+/)
    .filter(Boolean);
  // "Simon Keane KC", "Jane Doe MP": letters after a name are no part of it.
  while (tokens.length > 1 && POST_NOMINALS.has(tokens.at(-1)!.replace(/\.$/, ""))) tokens.pop();
  // "The Massachusetts Democrat", "Health Secretary": a description, not a name.
  if (tokens.length > 1 && ENDS_NO_NAME.has(tokens.at(-1)!.toLowerCase())) return null;
  // "Kenyan Environment Minister Joseph Mwangi": the name starts after the last title word.
  const lastTitle = tokens.findLastIndex((t) => TITLE_WORDS.has(t.toLowerCase()));
  if (lastTitle >= 0 && lastTitle < tokens.length - 1) tokens.splice(0, lastTitle + 1);
  while (tokens.length > 0 && (TITLE_WORDS.has(tokens[0]!.toLowerCase()) || NOT_NAMES.has(tokens[0]!.toLowerCase()))) tokens.shift();
  if (tokens.length === 0) return null;
  if (tokens.some((t) => NOT_NAMES.has(t.toLowerCase()) && !/^\p{Lu}\.$/u.test(t))) return null;
  const name = tokens.join(" ").replace(/[’']s$/u, "");
  return /\p{Ll}/u.test(name) || /^\p{Lu}{2,3}$/u.test(name) ? name : null;
}

/**
 * Where a capitalised run is a person even when compromise does not know the name: with an
 * age or a description after it ("Jim Kessler, 71,", "Lena Vos, who …", "Marieke de Wit, a
 * spokeswoman"), or as the apposition of a role ("chief executive, Joost Verhaegen,").
 */
function personContext(raw: string, start: number, end: number): boolean {
  if (/^,[ \u00a0]+(?:\d{1,3}\b|an?[ \u00a0]|who\b|whose\b)/u.test(raw.slice(end, end + 8))) return true;
  return /\p{Ll},[ \u00a0]+$/u.test(raw.slice(Math.max(0, start - 3), start)) && /^,/.test(raw.slice(end, end + 1));
}

const surnameOf = (name: string) => name.split(" ").at(-1)!.toLowerCase();

/**
 * The people an article names. Each mention resolves to the fullest form the article gives
 * ("Trump" → "Donald Trump"), matched on the surname and, when both have one, the first name.
 */
export class PersonIndex {
  private readonly bySurname = new Map<string, Set<string>>();
  /** Every multi-word capitalised run, by last word: where "Marco Rubio" is found for "Rubio". */
  private readonly longForms = new Map<string, Set<string>>();

  constructor(raw: string) {
    for (const p of nlp(raw).people().out("array") as string[]) {
      const name = cleanName(p);
      if (name) this.add(name);
    }
    for (const m of raw.matchAll(new RegExp(NAME_RUN, "gu"))) {
      const name = cleanName(m[0]);
      if (!name || name.split(" ").length < 2 || name.split(" ").length > 4) continue;
      const key = surnameOf(name);
      if (!this.longForms.has(key)) this.longForms.set(key, new Set());
      this.longForms.get(key)!.add(name);
      if (personContext(raw, m.index, m.index + m[0].length) || nlp(name.split(" ")[0]!).has("#FirstName")) this.add(name);
    }
  }

  add(name: string): void {
    if (isOrgName(name)) return;
    const key = surnameOf(name);
    if (!this.bySurname.has(key)) this.bySurname.set(key, new Set());
    this.bySurname.get(key)!.add(name);
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
    const forms = new Set([...known, ...(this.longForms.get(surnameOf(name)) ?? [])]);
    const first = name.split(" ").length > 1 ? name.split(" ")[0]!.toLowerCase() : null;
    let best = name;
    for (const form of forms) {
      const formFirst = form.split(" ").length > 1 ? form.split(" ")[0]!.toLowerCase() : null;
      if (first && formFirst && !formFirst.startsWith(first.replace(/\.$/, "")) && !first.startsWith(formFirst)) continue;
      if (form.split(" ").length > best.split(" ").length || (form.split(" ").length === best.split(" ").length && form.length > best.length)) best = form;
    }
    return best.includes(" ") ? best : (this.byGivenName(best) ?? best);
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
      for (const form of forms) if (form.split(" ").slice(0, -1).some((w) => w.toLowerCase() === given)) consider(surname, form);
    }
    if (full.size === 0 && !nlp(given).has("#LastName")) {
      for (const [surname, forms] of this.longForms) {
        for (const form of forms) if (form.split(" ").length === 2 && form.toLowerCase().startsWith(`${given} `) && !isOrgName(form)) consider(surname, form);
      }
    }
    return full;
  }

  /** One word the article never completes that is someone's first name: no option should read "Sarah". */
  isBareFirstName(name: string): boolean {
    if (name.includes(" ")) return false;
    if (this.fullFormsOf(name.toLowerCase()).size > 0) return true;
    const tagged = nlp(name);
    return tagged.has("#FirstName") && !tagged.has("#LastName");
  }
}
