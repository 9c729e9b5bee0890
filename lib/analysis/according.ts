import { cleanName } from "./names";
import { cleanOrg, ORG_KIND, ORG_RUN } from "./orgs";
import { orgsOf } from "./org-speakers";
import { antecedent } from "./pronouns";
import type { Context } from "./speakers";
import type { Attribution, Span } from "./types";

/**
 * "according to …" anywhere in a sentence, the phrase running to the next comma or the
 * sentence's end: "according to a filing seen by Het Financieele Dagblad, but …", "according to
 * the trust’s own figures", "according to its latest report". The source is the name after
 * "by", "from" or "of" when there is one, else the phrase's own head: a name, "the trust’s" (the
 * trust the article named), "its" (the organisation the sentence is about), "his" or "her".
 */
export function findAccordingTo(ctx: Context, sents: Span[], known: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sents) {
    const text = ctx.raw.slice(s.start, s.end);
    for (const m of text.matchAll(
      /\b([Aa]ccording\s+to|[Aa]s\s+reported\s+by)\s+([^,;:.!?"“”—–()]+?)(?=\s*(?:[,;:!?"“”—–()]|\.(?:\s|$)|$))/gu,
    )) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (known.some((a) => a.start <= start && a.end >= start)) continue;
      const source = sourceOf(ctx, m[2]!, start, s);
      if (source) out.push({ source, cue: m[1]!.replace(/\s+/g, " ").toLowerCase(), start, end });
    }
  }
  return out;
}

/** The source an "according to" phrase names (see `findAccordingTo`), or null. */
export function accordingSource(ctx: Context, phrase: string, at: number, sentence: Span): string | null {
  return sourceOf(ctx, phrase, at, sentence);
}

function sourceOf(ctx: Context, phrase: string, at: number, sentence: Span): string | null {
  const named = [
    ...phrase.matchAll(
      new RegExp(`(?:^|\\b(?:by|from|of|with|to|in)\\s+)(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(${ORG_RUN})`, "gu"),
    ),
  ].at(-1);
  if (named) return nameOf(ctx, named[1]!);
  const kind = new RegExp(`^the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${ORG_KIND})\\b`, "u").exec(phrase);
  if (kind) return orgsOf(ctx).refer(kind[1]!, at);
  const pronoun = /^(its|their|his|her)\b/u.exec(phrase);
  if (!pronoun) return null;
  if (/^(?:his|her)$/.test(pronoun[1]!)) return antecedent(ctx, at, pronoun[1] === "his" ? "he" : "she")?.name ?? null;
  // "The Local Government Association has warned …, according to its latest report."
  return orgsOf(ctx).refer("", at, sentence.start) ?? null;
}

function nameOf(ctx: Context, run: string): string | null {
  const person = cleanName(run);
  if (person && ctx.people.isKnown(person)) return ctx.people.fullest(person);
  const org = cleanOrg(run);
  return /\p{Ll}/u.test(org) ? (orgsOf(ctx).fullest(org) ?? org) : null;
}
