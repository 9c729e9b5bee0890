import { ADVERB, ASIDE, cueAt, SPEECH_VERB } from "./cues";
import { personMentions, type Referent } from "./pronouns";
import type { Context, Speaker } from "./speaker-context";

/** Nouns an article uses for a person it has already named: "the senator said", "the 71-year-old said". */
const ROLES = `senator congressman congresswoman representative lawmaker legislator governor mayor president minister
  secretary chancellor premier ambassador judge prosecutor lawyer attorney sheriff commissioner director chairman
  chairwoman executive founder coach manager player actor actress singer author writer novelist artist professor
  scientist researcher economist doctor surgeon general admiral colonel captain pilot councillor councilmember
  councilman councilwoman bishop leader candidate nominee activist owner teacher farmer widow veteran retiree
  democrat republican conservative spokesman spokeswoman spokesperson official officer resident witness aide deputy
  chief boss chair treasurer editor historian expert campaigner pastor priest rabbi imam chef architect physician nurse
  woman man pope king queen prince princess duke duchess businessman businesswoman billionaire mogul congressman`
  .split(/\s+/)
  .filter(Boolean);
const ROLE = `(?:${ROLES.join("|")}|\\d{1,3}-year-old)`;
/** "the senator", "the Massachusetts Democrat", "the company’s chief executive". */
export const ROLE_DESCRIPTION = String.raw`[Tt]he\s+(?:[\p{L}’'-]+\s+){0,3}?(${ROLE})`;

/** Roles an article often leaves without a name: "the spokesman said" stays unnamed unless a named one is near. */
const OFTEN_UNNAMED = /^(?:spokes\w+|official|officer|resident|witness|aide|woman|man)$/;

/** How the role is written next to the name: "Sen. Elaine Whitford, D-Mass.", "Maria Lopez, 45,". */
function roleNear(role: string, window: string): boolean {
  const age = /^(\d+)-year-old$/.exec(role);
  if (age)
    return new RegExp(`(?:,\\s*${age[1]}\\s*,|\\b${age[1]}-year-old|\\baged\\s+${age[1]}\\b|\\(${age[1]}\\))`).test(
      window,
    );
  const forms: Record<string, RegExp> = {
    senator: /\b(?:Sen\.|[Ss]enator)/u,
    representative: /\b(?:Rep\.|[Rr]epresentative|[Cc]ongress(?:man|woman))/u,
    lawmaker: /\b(?:Sen\.|Rep\.|[Ss]enator|[Rr]epresentative|MP|[Cc]ongress(?:man|woman)|[Ll]awmaker)/u,
    governor: /\b(?:Gov\.|[Gg]overnor)/u,
    doctor: /\b(?:Dr\.?\s|[Dd]octor)/u,
    professor: /\b(?:Prof\.?\s|[Pp]rofessor)/u,
    democrat: /\b(?:D-\p{Lu}|Democrat)/u,
    republican: /\b(?:R-\p{Lu}|Republican)/u,
  };
  // "Vice President Joe Biden" is no president, "Deputy Mayor Ann Ruiz" no mayor.
  // "presidential candidate Tom Hale" is no president.
  return (
    forms[role] ?? new RegExp(`(?<!\\b(?:vice|deputy|lieutenant|assistant|under)[\\s-])\\b${role}(?!\\p{L})`, "iu")
  ).test(window);
}

/**
 * What after a name can describe it: an apposition or a parenthesis ("Ana Ruiz, the mayor,", "Tom
 * Hale (D-Ohio)"), not the rest of a clause ("Ana Ruiz had a question for the president") nor a
 * new subject ("In Chelsea, the mayor said").
 */
function apposition(after: string, role: string): string {
  if (!/^\s*[,(]/u.test(after)) return "";
  if (new RegExp(`\\b${role}\\s+(?:${ADVERB}\\s+)*(?:${SPEECH_VERB}|\\p{Ll}+ed)\\b`, "iu").test(after)) return "";
  return after;
}

/**
 * Who "the senator" is: the latest person named before `offset` with that role written next to
 * their name; else, unless the role is one articles leave unnamed, the person named last in
 * this or the previous paragraph; else someone unnamed.
 */
export function roleReferent(ctx: Context, role: string, offset: number): Referent {
  const r = role.toLowerCase();
  const mentions = personMentions(ctx, Math.max(0, offset - 3000), offset);
  const titled = new Set<string>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    // Next to the name: the words before it in its clause, and after it up to the next person
    // named, never past the role itself ("Alicia Machado. The Indiana governor said" is no governor
    // Machado; "Sen. Ruiz, D-Mass., pressed Under Secretary Daniel Ocampo" is no Democrat Ocampo).
    const before = ctx.raw
      .slice(Math.max(0, m.start - 40), m.start)
      .split(/[,;:!?]\s+|[.]\s+(?=\p{Lu})|\b(?:and|but)\s+/u)
      .at(-1)!;
    const after = apposition(ctx.raw.slice(m.end, Math.min(m.end + 100, offset, mentions[i + 1]?.start ?? offset)), r);
    if (roleNear(r, before + ctx.raw.slice(m.start, m.end) + after)) titled.add(m.name);
  }
  // Of the people written with that role, the one named last ("Sen. Ann Lee … Sen. Carl Diaz …
  // Lee defended the bill … the senator said" is Lee), not the last one written with the role.
  const latest = [...mentions].reverse().find((m) => titled.has(m.name));
  if (latest) return { name: latest.name };
  if (OFTEN_UNNAMED.test(r)) return { name: null };
  const lines = [...ctx.raw.slice(0, offset).matchAll(/[^\r\n]*\S[^\r\n]*/g)];
  const recent = lines.at(-2)?.index ?? 0;
  // The person last named as a subject ("hatred of Clinton among his supporters, the Vermont senator …" is not Clinton).
  const last = mentions.filter((m) => m.subject).at(-1) ?? mentions.filter((m) => !m.object).at(-1) ?? mentions.at(-1);
  return { name: last && last.start >= recent ? last.name : null };
}

/** After a quote: `," the senator said`, `," said the 71-year-old`. */
export function roleAfter(ctx: Context, rest: string, base: number): Speaker | null {
  const subjectFirst = new RegExp(`^${ROLE_DESCRIPTION}\\s+(?:${ADVERB}\\s+)*(?=${SPEECH_VERB}\\b)`, "iu").exec(rest);
  if (subjectFirst)
    return { name: roleReferent(ctx, subjectFirst[1]!, base).name, cue: cueAt(rest, subjectFirst[0].length) };
  const verbFirst = new RegExp(`^(${SPEECH_VERB})\\s+${ROLE_DESCRIPTION}\\b`, "iu").exec(rest);
  // (`," saying the senator was wrong`: a participle's object is no speaker.)
  if (verbFirst && !/ing$/.test(verbFirst[1]!))
    return { name: roleReferent(ctx, verbFirst[2]!, base).name, cue: verbFirst[1]!.replace(/\s+/g, " ") };
  return null;
}

/** Before a quote: `The mayor told reporters: "…"`, the role right before the verb. */
export function roleBefore(ctx: Context, head: string, text: string, verbAt: number, base: number): Speaker | null {
  // The role opens its clause: "a spokesman for the mayor, Luis Ferrer, said" is not the mayor speaking.
  const m = new RegExp(
    `(?:^|[.;:!?,]\\s*|\\b(?:and|but|as|while|when)\\s+)${ROLE_DESCRIPTION}${ASIDE}\\s+(?:${ADVERB}\\s+)*$`,
    "iu",
  ).exec(head);
  return m ? { name: roleReferent(ctx, m[1]!, base + m.index).name, cue: cueAt(text, verbAt) } : null;
}
