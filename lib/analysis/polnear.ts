/**
 * Scoring against PolNeAR-style brat standoff annotations (attributions: Source, Cue, Content).
 * Pure: it takes the article text and the .ann text as strings, never paths, and copies nothing
 * of any corpus. The conventions (what counts as a gold direct quote, gold indirect speech, and a
 * right speaker) are described in docs/analysis.md, section "PolNeAR".
 */
import nlp from "compromise";
import { resolveDescription, resolveWho } from "./polnear-described";
import type { Analysis, Span } from "./types";

type Fragments = [number, number][];
type AnnSpan = { id: string; type: string; fragments: Fragments; start: number; end: number };
type AnnAttribution = { id: string; sources: string[]; cues: string[]; contents: string[]; noSource: boolean };
type Ann = { spans: Map<string, AnnSpan>; attributions: AnnAttribution[] };

/**
 * Parses brat standoff: `T<n>\tType start end[;start end…]\ttext` and
 * `E<n>\tAttribution:T.. Content:T.. Cue:T.. Source:T..`. Other lines (notes, the continuation of
 * a span's text over a line break) are ignored. Offsets are brat's, i.e. code points.
 */
function parseAnn(ann: string): Ann {
  const spans = new Map<string, AnnSpan>();
  const attributions: AnnAttribution[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) ((?:\d+ \d+;?)+)(?:\t|$)/.exec(line);
    if (t) {
      const fragments = t[3]!
        .split(";")
        .filter(Boolean)
        .map((p) => p.split(" ").map(Number) as [number, number]);
      spans.set(t[1]!, {
        id: t[1]!,
        type: t[2]!,
        fragments,
        start: Math.min(...fragments.map((f) => f[0])),
        end: Math.max(...fragments.map((f) => f[1])),
      });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (!e) continue;
    const a: AnnAttribution = { id: e[1]!, sources: [], cues: [], contents: [], noSource: false };
    for (const arg of e[2]!.trim().split(/\s+/)) {
      const [role, ref] = arg.split(":");
      if (!role || !ref) continue;
      if (role.startsWith("Attribution")) a.noSource = role === "Attribution-no-source";
      else if (role.startsWith("Source")) a.sources.push(ref);
      else if (role.startsWith("Cue")) a.cues.push(ref);
      else if (role.startsWith("Content")) a.contents.push(ref);
    }
    attributions.push(a);
  }
  return { spans, attributions };
}

/** Maps code-point offsets (brat, Python) to UTF-16 offsets (JavaScript); identical without astral characters. */
function codePointMap(raw: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(raw)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of raw) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

/** `outlet_YYYY-MM-DD_slug` → the outlet and the publication date (noon UTC). */
export function parseArticleName(name: string): { outlet: string; published: Date | null } {
  const m = /^([^_]+)_(\d{4}-\d{2}-\d{2})_/.exec(name);
  if (!m) return { outlet: name.split("_")[0] ?? name, published: null };
  const d = new Date(`${m[2]}T12:00:00Z`);
  return { outlet: m[1]!, published: Number.isNaN(d.getTime()) ? null : d };
}

/**
 * Stretches between double quotation marks (curly, straight, or two apostrophes `''`), paragraph by paragraph; a quote
 * still open at a paragraph's end closes there (a quote that runs over paragraphs is one stretch
 * per paragraph). Curly single quotes count only when clearly a quote: outside any double-quoted
 * stretch, opening after a space or bracket and before a letter, closing before a space or
 * punctuation, with at least two words between. Spans are the text between the marks.
 */
function quotedStretches(raw: string): Span[] {
  const out: Span[] = [];
  const paraRe = /[^\n]+/g;
  for (let p = paraRe.exec(raw); p; p = paraRe.exec(raw)) {
    const start = p.index;
    const text = p[0];
    let open = -1;
    const doubles: Span[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      // Two apostrophes stand for a straight double mark in some wire and archive texts.
      const pair = c === "'" && text[i + 1] === "'";
      const straight = c === '"' || pair;
      if (c === "“" || (straight && open < 0)) {
        if (open < 0) open = i + (pair ? 2 : 1);
      } else if ((c === "”" || straight) && open >= 0) {
        doubles.push({ start: start + open, end: start + i });
        open = -1;
      }
      if (pair) i++;
    }
    if (open >= 0 && text.length > open)
      doubles.push({ start: start + open, end: start + text.replace(/\s+$/, "").length });
    out.push(...doubles.filter((d) => d.end > d.start));
    for (const m of text.matchAll(
      /(?<=^|[\s(\[—–-])‘(?=[\p{L}\p{N}])([^‘’\n]*?\S\s+\S[^‘’\n]*?)’(?=[\s,.;:!?)\]—–-]|$)/gu,
    )) {
      const s = start + m.index + 1;
      const e = s + m[1]!.length;
      if (doubles.some((d) => d.start <= s && d.end >= e)) continue;
      out.push({ start: s, end: e });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

type GoldDirect = Span & { source: string | null; attribution: string; sourceStart: number };
type GoldIndirect = Span & { fragments: Fragments; quotedShare: number };
type GoldSource = Span & { text: string };
export type PolnearGold = {
  direct: GoldDirect[];
  indirect: GoldIndirect[];
  mostlyQuoted: GoldIndirect[];
  sources: GoldSource[];
};

const TRAIL = /[\s,.;:]+$/;
const LEAD = /^\s+/;
/** A span with surrounding whitespace and a trailing ,.;: trimmed. */
function trimSpan(raw: string, s: Span): Span {
  const text = raw.slice(s.start, s.end);
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  const trail = TRAIL.exec(text.slice(lead))?.[0].length ?? 0;
  return { start: s.start + lead, end: Math.max(s.start + lead, s.end - trail) };
}

function overlap(fragments: Fragments, s: Span): number {
  return fragments.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, s.end) - Math.max(a, s.start)), 0);
}

/** Gold direct quotes, gold indirect content and the Source spans, in UTF-16 offsets. */
export function polnearGold(raw: string, annText: string): PolnearGold {
  const ann = parseAnn(annText);
  const cp = codePointMap(raw);
  const conv = (s: AnnSpan): AnnSpan => ({
    ...s,
    start: cp(s.start),
    end: cp(s.end),
    fragments: s.fragments.map(([a, b]) => [cp(a), cp(b)] as [number, number]),
  });
  const spans = new Map([...ann.spans].map(([id, s]) => [id, conv(s)]));
  const stretches = quotedStretches(raw);
  const sources: GoldSource[] = [...spans.values()]
    .filter((s) => s.type === "Source")
    .map((s) => ({ start: s.start, end: s.end, text: raw.slice(s.start, s.end) }));
  const contents: { span: AnnSpan; source: AnnSpan | null; attribution: string }[] = [];
  for (const a of ann.attributions) {
    const source = a.sources.map((id) => spans.get(id)).find(Boolean) ?? null;
    for (const id of a.contents) {
      const span = spans.get(id);
      if (span) contents.push({ span, source, attribution: a.id });
    }
  }
  // Content spans not linked by any event still count as content.
  for (const s of spans.values())
    if (s.type === "Content" && !contents.some((c) => c.span.id === s.id))
      contents.push({ span: s, source: null, attribution: "" });

  const direct: GoldDirect[] = [];
  for (const q of stretches) {
    const t = trimSpan(raw, q);
    if (t.end <= t.start) continue;
    // The innermost content that holds the quote (after trimming) gives its speaker.
    const holders = contents
      .filter((c) => c.span.fragments.some(([a, b]) => a <= t.start && b >= t.end))
      .sort((x, y) => x.span.end - x.span.start - (y.span.end - y.span.start));
    const h = holders[0];
    if (!h) continue;
    direct.push({
      start: q.start,
      end: q.end,
      source: h.source ? raw.slice(h.source.start, h.source.end) : null,
      attribution: h.attribution,
      sourceStart: h.source?.start ?? -1,
    });
  }
  const seen = new Set<string>();
  const indirect: GoldIndirect[] = [];
  const mostlyQuoted: GoldIndirect[] = [];
  for (const c of contents) {
    const key = c.span.fragments.map((f) => f.join("-")).join(";");
    if (seen.has(key)) continue;
    seen.add(key);
    const length = c.span.fragments.reduce((n, [a, b]) => n + b - a, 0);
    if (length <= 0) continue;
    // Quoted characters: the marks and what stands between them.
    const quoted = stretches.reduce((n, q) => n + overlap(c.span.fragments, { start: q.start - 1, end: q.end + 1 }), 0);
    const g = { start: c.span.start, end: c.span.end, fragments: c.span.fragments, quotedShare: quoted / length };
    (g.quotedShare < 0.5 ? indirect : mostlyQuoted).push(g);
  }
  return { direct, indirect, mostlyQuoted, sources };
}

// ---------------------------------------------------------------------------------------------
// Speakers

const NOT_NAME = new Set(
  (
    "the a an this that these those he she it they we i you his her its their our my your him them us me who whom which " +
    "mr mrs ms dr sen senator rep gov governor president vice former secretary gen general candidate nominee " +
    "republican republicans democrat democrats democratic gop american americans conservative conservatives liberal liberals " +
    "sources source officials official aides aide spokesman spokeswoman spokesperson according both some many most others one two several " +
    "expert critic analyst police voter observer researcher scientist economist insider supporter opponent advocate report poll " +
    "people resident witness authorities authority investigator prosecutor lawyer attorney doctor survey study data statement " +
    "experts critics analysts voters observers researchers scientists economists insiders supporters opponents advocates polls"
  ).split(" "),
);
const ORG_WORD =
  /\b(?:Post|Times|News|Journal|Press|Party|Committee|Campaign|Department|Agency|Bureau|Office|Council|Association|Institute|University|College|Foundation|Center|Centre|Commission|Court|Congress|Senate|House|Administration|Network|Fox|CNN|NBC|CBS|ABC|MSNBC|Reuters|AP|Politico|Breitbart|Poll|Group|Inc|Corp|Company|Service|Police|Board|Union|Federation|Club|Organization|Organisation|Magazine|Tribune|Herald|Gazette|Review|Report|Reports|Project|Fund|PAC|Watch|Institution|Council|Ministry|Government)\b/;

const tokens = (s: string) => s.split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean);

/**
 * Proper-name tokens of a Source text: capitalised words that are not function words, pronouns,
 * titles, party labels or a people's name ("Mexicans"). In a Source of several words, a word the
 * article also writes in lower case, or a first word that is no noun in lower case, is a
 * sentence's first word, not a name ("Only 40 percent of voters", "Small groups of fishermen",
 * "Angry Neighbours"); a Source of one word is a surname ("Young", "Banks") unless it is a
 * plural the article also writes in lower case ("Protesters").
 */
function nameTokens(source: string, raw: string): string[] {
  const all = tokens(source);
  return all.filter((t, i) => {
    if (!/^\p{Lu}/u.test(t) || /^\p{Lu}\.?$/u.test(t)) return false;
    const bare = t
      .toLowerCase()
      .replace(/[’']s$/, "")
      .replace(/\.$/, "");
    if (NOT_NAME.has(bare) || NOT_NAME.has(bare.replace(/s$/, ""))) return false;
    if (nlp(t).has("#Demonym")) return false;
    const lowerToo = new RegExp(`(?<![\\p{L}])${bare.replace(/[^\p{L}’'-]/gu, "")}(?![\\p{L}])`, "u").test(raw);
    if (all.length === 1)
      return !((lowerToo && nlp(bare).has("#Plural")) || nlp(bare).has("(#Preposition|#Determiner|#Conjunction)"));
    if (lowerToo) return false;
    return !(i === 0 && nlp(bare).has("(#Adverb|#Adjective|#Determiner|#Preposition|#Conjunction|#Value)"));
  });
}

const possessiveless = (t: string) => t.toLowerCase().replace(/[’']s$/, "");

export type SpeakerBucket = "named" | "described" | "pronoun" | "unnamed" | "unresolved" | "no-source";

/** A Source that is only a verb of speech ("said"): an annotation slip, not scored. */
const ONLY_A_VERB = /^\s*(?:said|says|told|added|wrote|according)(?:\s+in\s+a\s+statement)?\s*$/i;

/**
 * The bucket a gold Source falls in, and the text a prediction is checked against. A description
 * ("the mayor") or a relative "who" that the article's words resolve to a name is *described*,
 * checked against that name (polnear-described.ts).
 */
function goldSpeaker(
  raw: string,
  source: string | null,
  sourceStart: number,
  sources: GoldSource[],
): { bucket: SpeakerBucket; against: string | null } {
  if (source === null || ONLY_A_VERB.test(source)) return { bucket: "no-source", against: null };
  const described = resolveWho(raw, source, sourceStart) ?? resolveDescription(raw, source, sourceStart);
  if (described) return { bucket: "described", against: described };
  if (nameTokens(source, raw).length) return { bucket: "named", against: source };
  if (/^\s*(?:he|she|him|her)\s*$/i.test(source)) {
    const person = sources
      .filter((s) => s.start < sourceStart && nameTokens(s.text, raw).length && !ORG_WORD.test(s.text))
      .sort((a, b) => b.start - a.start)[0];
    return person ? { bucket: "pronoun", against: person.text } : { bucket: "unresolved", against: null };
  }
  return { bucket: "unnamed", against: null };
}

/** Right when the prediction's last name token is in the gold text, or the full names match; for unnamed sources, when the prediction is null or a name the Source holds. */
function speakerRight(
  predicted: string | null,
  gold: { bucket: SpeakerBucket; against: string | null },
  sourceText: string | null,
): boolean {
  if (gold.bucket === "unnamed") {
    if (predicted === null) return true;
    const last = tokens(predicted).at(-1);
    return !!last && !!sourceText && tokens(sourceText).some((t) => possessiveless(t) === last.toLowerCase());
  }
  if (!gold.against || predicted === null) return false;
  if (predicted.trim().toLowerCase() === gold.against.trim().toLowerCase()) return true;
  const last = tokens(predicted).at(-1);
  return !!last && tokens(gold.against).some((t) => possessiveless(t) === last.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// The fair comparison, beside the strict one

const FEMALE =
  /\b(?:Mrs|Ms|Miss)\b|\b(?:widow|mother|wife|daughter|sister|woman|girl|congresswoman|spokeswoman|chairwoman)\b/i;
const MALE =
  /\b(?:Mr)\b|\b(?:widower|father|husband|son|brother|man|boy|congressman|spokesman|chairman|businessman)\b/i;

/** A Source's gender as its own words or the article's "Mr."/"Mrs." before its surname show it; null when unknown. */
function sourceGender(raw: string, text: string): "m" | "f" | null {
  if (FEMALE.test(text)) return "f";
  if (MALE.test(text)) return "m";
  const names = nameTokens(text, raw);
  const first = names.length > 1 ? nlp(names[0]!) : null;
  if (first?.has("#MaleName")) return "m";
  if (first?.has("#FemaleName")) return "f";
  const surname = names.at(-1);
  if (!surname) return null;
  const bare = surname.replace(/[’']s$/, "").replace(/[^\p{L}-]/gu, "");
  if (!bare) return null;
  if (new RegExp(`\\bMr\\.?\\s+${bare}\\b`, "u").test(raw)) return "m";
  if (new RegExp(`\\bM(?:rs|s)\\.?\\s+${bare}\\b`, "u").test(raw)) return "f";
  return null;
}

/**
 * A Source that names one person: a proper name closes one of its comma-separated parts ("One
 * neighbour, Ann Lee,"), and that name is not a plural or an adjective ("Fellow Democrats",
 * "Farmers", "Danish"); not "an Ann Lee post", "Some residents".
 */
function namesOnePerson(text: string, raw: string): boolean {
  if (ORG_WORD.test(text)) return false;
  return text
    .replace(/\([^()]*\)/g, " ")
    .split(",")
    .some((part) => {
      const words = tokens(part);
      const last = words.at(-1);
      if (!last || !nameTokens(part, raw).includes(last)) return false;
      const tagged = nlp(last);
      return tagged.has("#Person") || !(tagged.has("#Plural") || tagged.has("#Adjective"));
    });
}

/**
 * The fair gold side of a speaker: a pronoun resolved to the latest earlier Source that names one
 * person whose gender does not rule it out ("she" is not "Mr. Reid", "he" not "Fellow
 * Democrats"); a Source that is only a verb of speech (an annotation slip: "said") is not scored.
 */
function fairGoldSpeaker(
  raw: string,
  source: string | null,
  sourceStart: number,
  sources: GoldSource[],
): { bucket: SpeakerBucket; against: string | null } {
  const strict = goldSpeaker(raw, source, sourceStart, sources);
  if (strict.bucket !== "pronoun" && strict.bucket !== "unresolved") return strict;
  const want = /^\s*(?:she|her)\s*$/i.test(source!) ? "f" : "m";
  const person = sources
    .filter((s) => s.start < sourceStart && namesOnePerson(s.text, raw))
    .sort((a, b) => b.start - a.start)
    .find((s) => (sourceGender(raw, s.text) ?? want) === want);
  return person ? { bucket: "pronoun", against: person.text } : { bucket: "unresolved", against: null };
}

// ---------------------------------------------------------------------------------------------
// Scores

export type PolnearScore = {
  direct: { gold: number; found: number; matched: number; exact: number; overlapping: number };
  speaker: Record<SpeakerBucket, { total: number; right: number }>;
  /** Speakers scored with gold pronouns resolved by gender and person (see fairGoldSpeaker): beside `speaker`, never instead. */
  fairSpeaker: { total: number; right: number };
  indirect: { gold: number; found: number; matched: number; onMostlyQuoted: number };
};

export const emptyScore = (): PolnearScore => ({
  direct: { gold: 0, found: 0, matched: 0, exact: 0, overlapping: 0 },
  speaker: {
    named: { total: 0, right: 0 },
    described: { total: 0, right: 0 },
    pronoun: { total: 0, right: 0 },
    unnamed: { total: 0, right: 0 },
    unresolved: { total: 0, right: 0 },
    "no-source": { total: 0, right: 0 },
  },
  fairSpeaker: { total: 0, right: 0 },
  indirect: { gold: 0, found: 0, matched: 0, onMostlyQuoted: 0 },
});

export function addScores(a: PolnearScore, b: PolnearScore): PolnearScore {
  const out = emptyScore();
  for (const k of Object.keys(out.direct) as (keyof PolnearScore["direct"])[])
    out.direct[k] = a.direct[k] + b.direct[k];
  for (const k of Object.keys(out.indirect) as (keyof PolnearScore["indirect"])[])
    out.indirect[k] = a.indirect[k] + b.indirect[k];
  for (const k of Object.keys(out.speaker) as SpeakerBucket[])
    out.speaker[k] = { total: a.speaker[k].total + b.speaker[k].total, right: a.speaker[k].right + b.speaker[k].right };
  out.fairSpeaker = {
    total: a.fairSpeaker.total + b.fairSpeaker.total,
    right: a.fairSpeaker.right + b.fairSpeaker.right,
  };
  return out;
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

/** Intersection covers at least half of the gold span's characters and half of the predicted span. */
function indirectMatch(gold: GoldIndirect, predicted: Span): boolean {
  const inter = overlap(gold.fragments, predicted);
  const goldLength = gold.fragments.reduce((n, [a, b]) => n + b - a, 0);
  return inter >= 0.5 * goldLength && inter >= 0.5 * (predicted.end - predicted.start);
}

/** Scores one article's analysis against its gold. */
export function scorePolnear(raw: string, gold: PolnearGold, analysis: Pick<Analysis, "quotes">): PolnearScore {
  const score = emptyScore();
  const predicted = analysis.quotes.filter((q) => q.kind === "direct");
  score.direct.gold = gold.direct.length;
  score.direct.found = predicted.length;
  const used = new Set<number>();
  for (const g of gold.direct) {
    const tg = trimSpan(raw, g);
    const i = predicted.findIndex((p, k) => !used.has(k) && sameSpan(trimSpan(raw, p), tg));
    if (predicted.some((p) => sameSpan(p, g))) score.direct.exact++;
    if (predicted.some((p) => p.start < g.end && g.start < p.end)) score.direct.overlapping++;
    if (i < 0) continue;
    used.add(i);
    score.direct.matched++;
    const who = goldSpeaker(raw, g.source, g.sourceStart, gold.sources);
    score.speaker[who.bucket].total++;
    if (who.bucket !== "no-source" && who.bucket !== "unresolved" && speakerRight(predicted[i]!.speaker, who, g.source))
      score.speaker[who.bucket].right++;
    const fair = fairGoldSpeaker(raw, g.source, g.sourceStart, gold.sources);
    if (fair.bucket === "no-source" || fair.bucket === "unresolved") continue;
    score.fairSpeaker.total++;
    if (speakerRight(predicted[i]!.speaker, fair, g.source)) score.fairSpeaker.right++;
  }

  const found = analysis.quotes.filter((q) => q.kind === "indirect");
  score.indirect.gold = gold.indirect.length;
  score.indirect.found = found.length;
  // One to one, each gold span taking the unused prediction that overlaps it most.
  const taken = new Set<number>();
  for (const g of gold.indirect) {
    let best = -1;
    let bestOverlap = 0;
    found.forEach((p, k) => {
      if (taken.has(k) || !indirectMatch(g, p)) return;
      const o = overlap(g.fragments, p);
      if (o > bestOverlap) [best, bestOverlap] = [k, o];
    });
    if (best >= 0) {
      taken.add(best);
      score.indirect.matched++;
    }
  }
  score.indirect.onMostlyQuoted = found.filter(
    (p, k) => !taken.has(k) && gold.mostlyQuoted.some((g) => indirectMatch(g, p)),
  ).length;
  return score;
}
