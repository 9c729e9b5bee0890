export type EvidenceSpan = { source: string; start: number; end: number };

const HIGHLIGHT = "byline-evidence";

/**
 * Highlights evidence in the article already on the page, with the CSS Custom Highlight API:
 * no re-render of the article, no change to its text. Returns the first highlighted paragraph.
 */
export function highlightEvidence(spans: readonly EvidenceSpan[]): HTMLElement | null {
  clearEvidence();
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return null;
  const found = spans.flatMap(rangesOf);
  CSS.highlights.set(HIGHLIGHT, new Highlight(...found.map((f) => f.range)));
  return found[0]?.paragraph ?? null;
}

/** The evidence's words as the article on the page has them (the answer's response leaves them out). */
export function evidenceText(span: EvidenceSpan): string {
  return rangesOf(span)
    .map((f) => f.range.toString())
    .join(" ");
}

/** The ranges of the article's paragraphs (each carries its offset into the body) that a span covers. */
function rangesOf(span: EvidenceSpan): { range: Range; paragraph: HTMLElement }[] {
  const article = document.querySelector(`[data-source-id="${CSS.escape(span.source)}"]`);
  if (!article) return [];
  const found: { range: Range; paragraph: HTMLElement }[] = [];
  for (const p of article.querySelectorAll<HTMLElement>("p[data-offset]")) {
    const offset = Number(p.dataset.offset);
    const text = p.firstChild;
    if (!(text instanceof Text)) continue;
    const from = Math.max(span.start - offset, 0);
    const to = Math.min(span.end - offset, text.length);
    if (from >= to) continue;
    const range = new Range();
    range.setStart(text, from);
    range.setEnd(text, to);
    found.push({ range, paragraph: p });
  }
  return found;
}

export function clearEvidence(): void {
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(HIGHLIGHT);
}
