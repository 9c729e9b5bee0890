import { paint, textOf, unpaint, type ArticleSpan } from "./article-ranges";

export type EvidenceSpan = ArticleSpan;

const HIGHLIGHT = "byline-evidence";

/**
 * Highlights evidence in the article already on the page, with the CSS Custom Highlight API:
 * no re-render of the article, no change to its text. Returns the first highlighted paragraph.
 */
export function highlightEvidence(spans: readonly EvidenceSpan[]): HTMLElement | null {
  return paint(HIGHLIGHT, spans);
}

/** The evidence's words as the article on the page has them (the answer's response leaves them out). */
export function evidenceText(span: EvidenceSpan): string {
  return textOf(span);
}

export function clearEvidence(): void {
  unpaint(HIGHLIGHT);
}
