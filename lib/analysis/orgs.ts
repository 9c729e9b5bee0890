import { NAME_RUN, TOKEN } from "./name-run";
import type { Span } from "./types";

/** Words that make a capitalised run an organisation rather than a person. */
const ORG_WORDS =
  `Ministry Department Authority Agency Association College Corps Council Commission Committee Union Trust
  Institute University Office Service Services Police Court Bureau Board Foundation Federation Party Group Company
  Corporation Corp Inc Ltd LLC plc Bank Fund Organisation Organization Society Centre Center Administration Government
  Parliament Assembly Church Network Coalition Alliance League Army Navy Force Forces Guard Airlines Airways Energy
  Holdings Industries Partners Capital Media Tribunal Cabinet Directorate Inspectorate Regulator Exchange Club School
  Hospital Museum Library Institution Consortium Cooperative Co-op Systems Technologies Labs Motors Railways`
    .split(/\s+/)
    .filter(Boolean);
const ORG_WORD = new RegExp(`\\b(?:${ORG_WORDS.join("|")})\\b`, "u");

/** A capitalised run that may hold "of", "for", "and": "Ministry of Economic Affairs", "Department of Health and Social Care". */
/** "the Harbour Council on Friday": a day or a month after "on" or "and" is no part of the name. */
const NOT_AFTER_CONNECTOR = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)`;
export const ORG_RUN = String.raw`${TOKEN}(?:[ \u00a0](?:(?:of|for|and|&|on)[ \u00a0](?:the[ \u00a0])?${NOT_AFTER_CONNECTOR})?${TOKEN}){0,7}(?:(?<=\b(?:Corp|Inc|Co|Ltd))\.)?`;

/** Nouns an article uses to refer back to an organisation it has named: "the company said". */
const KINDS =
  `company firm group chain retailer airline carrier bank insurer lender developer maker manufacturer operator
  supplier publisher broadcaster charity startup business brand regulator watchdog ministry department authority agency
  association union council trust commission committee city government police office board institute university college
  foundation party court club hospital force`
    .split(/\s+/)
    .filter(Boolean);
export const ORG_KIND = `(?:${KINDS.join("|")})`;

/** Kinds that another word of the name or description also satisfies ("the regulator" for "… Authority"). */
const ALSO: Record<string, string[]> = {
  regulator: ["authority", "commission", "office", "agency", "board", "watchdog", "regulator"],
  watchdog: ["authority", "commission", "office", "agency", "board", "watchdog", "regulator"],
  government: ["ministry", "department", "government", "cabinet"],
  company: [
    "chain",
    "retailer",
    "firm",
    "airline",
    "carrier",
    "group",
    "developer",
    "maker",
    "manufacturer",
    "operator",
    "supplier",
    "publisher",
    "business",
    "brand",
    "startup",
    "inc",
    "ltd",
    "corp",
    "corporation",
    "holdings",
    "energy",
    "industries",
    "plc",
    "llc",
    "airlines",
    "airways",
  ],
};
ALSO.force = ["police", "constabulary"];
ALSO.firm = ALSO.company!;
ALSO.business = ALSO.company!;

/** A lower-case word before a noun, not a preposition or article: "discount retail chain". */
const ADJECTIVE = String.raw`(?!(?:for|of|at|in|with|the|an?|to|from|on|by|and|or|who|which|that)\b)[\p{Ll}-]+`;

export type Mention = { at: number; name: string; kind: string };

/** "The Army Corps of Engineers" → "Army Corps of Engineers". */
export function cleanOrg(run: string): string {
  return run
    .replace(/^the[ \u00a0]+/i, "")
    .replace(/[’']s$/u, "")
    .replace(/(?<!\b(?:Corp|Inc|Co|Ltd))[,.;:]+$/u, "");
}

/**
 * An organisation's name ends with its organisation word or continues with "of"/"for"
 * ("Dutch Data Protection Authority", "Ministry of Economic Affairs"); "Police Chief Ana Ruiz"
 * is a person with a title.
 */
export function isOrgName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  const connects = (i: number) => /^(?:of|for|and|&|on)$/.test(words[i + 1] ?? "");
  // "City of Ashford" governs; "Mexico City" is a place.
  return words.some(
    (w, i) =>
      (ORG_WORD.test(w) && (i === words.length - 1 || connects(i))) ||
      (/^(?:City|Town|County|State)$/.test(w) && connects(i)),
  );
}

/**
 * The organisations an article names, where it names them: a run with an organisation word
 * ("the Dutch Data Protection Authority"), a name described as one ("Brightmart, the discount
 * retail chain", "the consumer group Consumentenbond").
 */
export class OrgIndex {
  private readonly mentions: Mention[] = [];

  constructor(raw: string) {
    const headlines = headlineLines(raw);
    for (const m of raw.matchAll(new RegExp(ORG_RUN, "gu"))) {
      // "Valmont Energy and the City of Ashford Announce …": a headline's capitals name nothing.
      if (headlines.some((h) => m.index >= h.start && m.index < h.end)) continue;
      const name = cleanOrg(m[0]);
      const kind = (ORG_WORD.exec(name)?.[0] ?? name.split(" ")[0]!).toLowerCase();
      if (isOrgName(name) && name.split(" ").length > 1) this.mentions.push({ at: m.index, name, kind });
    }
    // The description's head noun: "a spokeswoman for the agency" and "the trust’s head" do not count.
    const described = new RegExp(
      `(${NAME_RUN}),[ \\u00a0]+(?:the|an?)[ \\u00a0]+(?:${ADJECTIVE}[ \\u00a0]+){0,3}?(${ORG_KIND})\\b(?![’'-])`,
      "gu",
    );
    for (const m of raw.matchAll(described)) this.mentions.push({ at: m.index, name: cleanOrg(m[1]!), kind: m[2]! });
    const titled = new RegExp(
      `\\b(?:the[ \\u00a0]+)?(?:${ADJECTIVE}[ \\u00a0]+){0,2}?(${ORG_KIND})[ \\u00a0]+(${NAME_RUN})`,
      "gu",
    );
    for (const m of raw.matchAll(titled))
      this.mentions.push({ at: m.index + m[0].indexOf(m[2]!), name: cleanOrg(m[2]!), kind: m[1]! });
    const apposed = new RegExp(
      `\\b[Tt]he[ \\u00a0]+(?:${ADJECTIVE}[ \\u00a0]+){0,2}?(${ORG_KIND}),[ \\u00a0]+(${NAME_RUN}),`,
      "gu",
    );
    for (const m of raw.matchAll(apposed))
      this.mentions.push({ at: m.index + m[0].indexOf(m[2]!), name: cleanOrg(m[2]!), kind: m[1]! });
    this.mentions.sort((a, b) => a.at - b.at);
  }

  /** The fullest name of an organisation the article names in full: "Valmont" → "Valmont Energy". */
  fullest(name: string): string | null {
    const longer = this.mentions.filter((m) => m.name.startsWith(`${name} `)).map((m) => m.name);
    return longer.sort((a, b) => b.length - a.length)[0] ?? (this.has(name) ? name : null);
  }

  /** Every organisation the article names, once each, in the order first named. */
  names(): string[] {
    return [...new Set(this.mentions.map((m) => m.name))];
  }

  /** Whether the article describes this name as an organisation. */
  has(name: string): boolean {
    return this.mentions.some((m) => m.name === name);
  }

  /** The fullest name for "the ministry" or "the company" before `offset`: the latest that fits, from `floor` (a few paragraphs back). */
  refer(kind: string, offset: number, floor = offset - 3000): string | null {
    return this.mentionFor(kind, offset, floor)?.name ?? null;
  }

  /** The mention `refer` takes, with where it stands; `skip` leaves some out (those inside quotes). */
  mentionFor(kind: string, offset: number, floor = offset - 3000, skip?: (at: number) => boolean): Mention | null {
    const k = kind.toLowerCase();
    const fits = new Set([k, ...(ALSO[k] ?? [])]);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.at >= offset || skip?.(m.at)) continue;
      if (m.at < floor) break;
      const words = m.name.toLowerCase().split(/\s+/);
      // An empty kind ("its") takes any organisation.
      if (!k || fits.has(m.kind) || words.some((w) => fits.has(w))) return m;
    }
    return null;
  }
}

/** Lines in title case (most words capitalised, no full stop at the end): headlines and chrome. */
function headlineLines(raw: string): Span[] {
  const out: Span[] = [];
  for (const m of raw.matchAll(/[^\r\n]+/g)) {
    const words = m[0]
      .trim()
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w));
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 4 && capitalised / words.length >= 0.6 && !/\.\s*$/.test(m[0]))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
