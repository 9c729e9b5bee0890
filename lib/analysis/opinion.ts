import nlp from "compromise";
import type { OpinionSentence, Span } from "./types";

const FIRST_PERSON = /\b(I|me|my|mine|we|us|our|ours|ourselves|myself)\b/g;
const LOADED = new Set(
  `truth truths facade façade slip admission involuntary shadows seamlessly mystery mysteries ultimatum accident rupture outpaced
   narrative pretends pretend surrender abruptly vulnerable disaster disastrous shameful outrageous absurd ridiculous reckless
   disgraceful scandal scandalous betrayal betray betrayed propaganda lies lie lying so-called regime puppet appeasement
   capitulation catastrophic catastrophe alarming shocking stunning remarkable extraordinary incompetent corrupt dangerous naive
   cynical arrogant hypocrisy hypocritical brazen blatant shameless chaos chaotic farce sham disgrace grotesque cowardly heroic
   tragic tragedy devastating outrage crisis limbo slipping downplay tears decisive sensitive plainly sellout sell-out
   backroom secretive cover-up coverup whitewash spin smear attack assault crushing humiliating humiliation victory defeat
   game ultimately merely nothing`
    .split(/\s+/)
    .filter(Boolean),
);
const CERTAINTY = [
  /\bit is (?:now )?(?:definitive|clear|certain|obvious|undeniable|beyond doubt)\b/gi,
  /\b(?:clearly|plainly|obviously|undoubtedly|undeniably|certainly|definitely|surely|of course|without doubt|no doubt|make no mistake|in fact|the truth)\b/gi,
  /\bno accident\b/gi,
  /\bnothing more\b/gi,
];
const INTENSIFIERS = /\b(?:extremely|utterly|totally|absolutely|completely|entirely|deeply|highly|truly|really)\b/gi;
const HEDGES = /\b(?:perhaps|maybe|apparently|seemingly|arguably|likely|probably|might|could)\b/gi;

/**
 * Signals that a sentence carries the writer's view, each with the words that triggered it.
 * Words inside quotation marks are the speaker's, not the writer's, and are left out.
 */
export function findOpinionSignals(raw: string, sents: Span[], quoted: Span[]): OpinionSentence[] {
  const out: OpinionSentence[] = [];
  sents.forEach((s, index) => {
    let text = raw.slice(s.start, s.end);
    for (const q of quoted) {
      if (q.end <= s.start || q.start >= s.end) continue;
      const a = Math.max(q.start, s.start) - s.start;
      const b = Math.min(q.end, s.end) - s.start;
      text = text.slice(0, a) + " ".repeat(b - a) + text.slice(b);
    }
    const signals: string[] = [];
    const first = [...new Set(text.match(FIRST_PERSON) ?? [])];
    if (first.length) signals.push(`first person: ${first.join(", ")}`);
    const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    const loaded = [...new Set(words.filter((w) => LOADED.has(w)))];
    if (loaded.length) signals.push(`evaluative or loaded words: ${loaded.join(", ")}`);
    const certain = [...new Set(CERTAINTY.flatMap((re) => text.match(re) ?? []).map((w) => w.toLowerCase()))];
    if (certain.length) signals.push(`certainty: ${certain.join(", ")}`);
    const intense = [...new Set((text.match(INTENSIFIERS) ?? []).map((w) => w.toLowerCase()))];
    if (intense.length) signals.push(`intensifier: ${intense.join(", ")}`);
    const hedges = [...new Set((text.match(HEDGES) ?? []).map((w) => w.toLowerCase()))];
    if (hedges.length) signals.push(`hedge: ${hedges.join(", ")}`);
    if (text.trim().endsWith("?")) signals.push("rhetorical question");
    const repeated = /\b(\p{L}+)\s+[^,.;]{1,40},\s+\1\s+[^,.;]{1,40},\s+(?:and\s+)?\1\b/iu.exec(text);
    if (repeated) signals.push(`repetition: ${repeated[1]!.toLowerCase()}`);
    const contrast = /\bnot\s+(?:an?\s+|the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,4}\s+but\b/iu.exec(text);
    if (contrast) signals.push(`contrast: ${contrast[0].replace(/\s+/g, " ")}`);
    const plain = text.trim();
    if (
      /[.!]$/.test(plain) &&
      plain.split(/\s+/).length >= 3 &&
      plain.split(/\s+/).length <= 8 &&
      /^[\p{Lu}]/u.test(plain) &&
      (nlp(plain).verbs().out("array") as string[]).length === 0
    ) {
      signals.push(`fragment: ${plain}`);
    }
    if (signals.length) out.push({ sentence: index, signals });
  });
  return out;
}
