/**
 * An outlet citing itself ("The Times reported in August", "as The Times first reported", "The
 * Post has learned" in a Times or Post article) reports its own earlier work: its own reporting,
 * not a claim it relays. These are the names an outlet goes by in its own pages.
 */
const key = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim();

/** "The Harbor Times" → harbor times, times; "The New York Times" → new york times, times, nyt; "Kaizen" → kaizen. */
export function outletForms(outlet: string): Set<string> {
  const full = key(outlet);
  const words = full.split(" ").filter(Boolean);
  const forms = new Set([full]);
  if (words.length > 1) forms.add(words.at(-1)!);
  if (words.length > 2) forms.add(words.map((w) => w[0]).join(""));
  return forms;
}

/**
 * Whether `name` (an attribution's source, a quote's speaker) is the outlet itself, under any of
 * its short forms, or the article's own author.
 */
export function isOutletItself(name: string | null | undefined, outlet: string, author?: string | null): boolean {
  if (!name) return false;
  const k = key(name);
  return outletForms(outlet).has(k) || (!!author && key(author) === k);
}
