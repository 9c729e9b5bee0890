export type EvidenceSpan = { source: string; start: number; end: number };

const HIGHLIGHT = "byline-evidence";

/**
 * Highlights evidence in the article already on the page, with the CSS Custom Highlight API:
 * no re-render of the article, no change to its text. Returns the first highlighted paragraph.
 */
export function highlightEvidence(spans: readonly EvidenceSpan[]): HTMLElement | null {
  clearEvidence();
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return null;
  const ranges: Range[] = [];
  let first: HTMLElement | null = null;
  for (const span of spans) {
    const article = document.querySelector(`[data-source-id="${CSS.escape(span.source)}"]`);
    if (!article) continue;
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
      ranges.push(range);
      first ??= p;
    }
  }
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
  return first;
}

export function clearEvidence(): void {
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(HIGHLIGHT);
}
