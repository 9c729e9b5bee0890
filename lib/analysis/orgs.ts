import { NAME_RUN, TOKEN } from "./name-run";

/** Words that make a capitalised run an organisation rather than a person. */
const ORG_WORDS = `Ministry Department Authority Agency Association College Corps Council Commission Committee Union Trust
  Institute University Office Service Services Police Court Bureau Board Foundation Federation Party Group Company
  Corporation Corp Inc Ltd LLC plc Bank Fund Organisation Organization Society Centre Center Administration Government
  Parliament Assembly Church Network Coalition Alliance League Army Navy Force Forces Guard Airlines Airways Energy
  Holdings Industries Partners Capital Media Tribunal Cabinet Directorate Inspectorate Regulator Exchange Club School
  Hospital Museum Library Institution Consortium Cooperative Co-op Systems Technologies Labs Motors Railways`
  .split(/\s+/)
  .filter(Boolean);
const ORG_WORD = new RegExp(`\\b(?:${ORG_WORDS.join("|")})\\b`, "u");

/** A capitalised run that may hold "of", "for", "and": "Ministry of Economic Affairs", "Department of Health and Social Care". */
export const ORG_RUN = String.raw`${TOKEN}(?:[ \u00a0](?:(?:of|for|and|&|on)[ \u00a0](?:the[ \u00a0])?)?${TOKEN}){0,7}(?:(?<=\b(?:Corp|Inc|Co|Ltd))\.)?`;

/** Nouns an article uses to refer back to an organisation it has named: "the company said". */
const KINDS = `company firm group chain retailer airline carrier bank insurer lender developer maker manufacturer operator
  supplier publisher broadcaster charity startup business brand regulator watchdog ministry department authority agency
  association union council trust commission committee city government police office board institute university college
  foundation party court club hospital`
  .split(/\s+/)
  .filter(Boolean);
export const ORG_KIND = `(?:${KINDS.join("|")})`;

/** Kinds that another word of the name or description also satisfies ("the regulator" for "… Authority"). */
const ALSO: Record<string, string[]> = {
  regulator: ["authority", "commission", "office", "agency", "board", "watchdog", "regulator"],
  watchdog: ["authority", "commission", "office", "agency", "board", "watchdog", "regulator"],
  government: ["ministry", "department", "government", "cabinet"],
  company: ["chain", "retailer", "firm", "airline", "carrier", "group", "developer", "maker", "manufacturer", "operator", "supplier", "publisher", "business", "brand", "startup", "inc", "ltd", "corp", "corporation", "holdings", "energy", "industries", "plc", "llc", "airlines", "airways"],
};
ALSO.firm = ALSO.company!;
ALSO.business = ALSO.company!;

/** A lower-case word before a noun, not a preposition or article: "discount retail chain". */
const ADJECTIVE = String.raw`(?!(?:for|of|at|in|with|the|an?|to|from|on|by|and|or|who|which|that)\b)[\p{Ll}-]+`;

type Mention = { at: number; name: string; kind: string };

/** "The Army Corps of Engineers" → "Army Corps of Engineers". */
export function cleanOrg(run: string): string {
  return run.replace(/^the[ \u00a0]+/i, "").replace(/[’']s$/u, "").replace(/(?<!\b(?:Corp|Inc|Co|Ltd))[,.;:]+$/u, "");
}

/**
 * An organisation's name ends with its organisation word or continues with "of"/"for"
 * ("Dutch Data Protection Authority", "Ministry of Economic Affairs"); "Police Chief Ana Ruiz"
 * is a person with a title.
 */
export function isOrgName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  return words.some((w, i) => ORG_WORD.test(w) && (i === words.length - 1 || /^(?:of|for|and|&|on)$/.test(words[i + 1]!)));
}

/**
 * The organisations an article names, where it names them: a run with an organisation word
 * ("the Dutch Data Protection Authority"), a name described as one ("Brightmart, the discount
 * retail chain", "the consumer group Consumentenbond").
 */
export class OrgIndex {
  private readonly mentions: Mention[] = [];

  constructor(raw: string) {
    for (const m of raw.matchAll(new RegExp(ORG_RUN, "gu"))) {
      const name = cleanOrg(m[0]);
      const word = ORG_WORD.exec(name);
      if (word && isOrgName(name) && name.split(" ").length > 1) this.mentions.push({ at: m.index, name, kind: word[0].toLowerCase() });
    }
    // The description's head noun: "a spokeswoman for the agency" and "the trust’s head" do not count.
    const described = new RegExp(`(${NAME_RUN}),[ \\u00a0]+(?:the|an?)[ \\u00a0]+(?:${ADJECTIVE}[ \\u00a0]+){0,3}?(${ORG_KIND})\\b(?![’'-])`, "gu");
    for (const m of raw.matchAll(described)) this.mentions.push({ at: m.index, name: cleanOrg(m[1]!), kind: m[2]! });
    const titled = new RegExp(`\\b(?:the[ \\u00a0]+)?(?:${ADJECTIVE}[ \\u00a0]+){0,2}?(${ORG_KIND})[ \\u00a0]+(${NAME_RUN})`, "gu");
    for (const m of raw.matchAll(titled)) this.mentions.push({ at: m.index + m[0].indexOf(m[2]!), name: cleanOrg(m[2]!), kind: m[1]! });
    this.mentions.sort((a, b) => a.at - b.at);
  }

  /** Whether the article describes this name as an organisation. */
  has(name: string): boolean {
    return this.mentions.some((m) => m.name === name);
  }

  /** The fullest name for "the ministry" or "the company" before `offset`: the latest that fits, within a few paragraphs. */
  refer(kind: string, offset: number): string | null {
    const k = kind.toLowerCase();
    const fits = new Set([k, ...(ALSO[k] ?? [])]);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.at >= offset) continue;
      if (offset - m.at > 3000) break;
      const words = m.name.toLowerCase().split(/\s+/);
      if (fits.has(m.kind) || words.some((w) => fits.has(w))) return m.name;
    }
    return null;
  }
}
