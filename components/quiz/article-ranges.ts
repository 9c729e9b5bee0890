/** A stretch of an article on the page: offsets into its stored body (paragraphs carry theirs). */
export type ArticleSpan = { source: string; start: number; end: number };

const paragraphsOf = (source: string) => {
  const article = document.querySelector(`[data-source-id="${CSS.escape(source)}"]`);
  return article ? [...article.querySelectorAll<HTMLElement>("p[data-offset]")] : [];
};

/** The DOM ranges of the article's paragraphs that a span covers. */
function rangesOf(span: ArticleSpan): { range: Range; paragraph: HTMLElement }[] {
  const found: { range: Range; paragraph: HTMLElement }[] = [];
  for (const p of paragraphsOf(span.source)) {
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

/** The span's words as the article on the page has them. */
export function textOf(span: ArticleSpan): string {
  return rangesOf(span)
    .map((f) => f.range.toString())
    .join(" ");
}

const supported = () => typeof CSS !== "undefined" && "highlights" in CSS;

/** Paints spans with a named CSS custom highlight (app/globals.css): no change to the article's DOM. */
export function paint(name: string, spans: readonly ArticleSpan[]): HTMLElement | null {
  if (!supported()) return null;
  const found = spans.flatMap(rangesOf);
  if (found.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...found.map((f) => f.range)));
  return found[0]?.paragraph ?? null;
}

export function unpaint(name: string): void {
  if (supported()) CSS.highlights.delete(name);
}

/** Where a DOM boundary sits in its article: the source and the offset into the body. */
function bodyOffset(node: Node, offset: number): { source: string; at: number } | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("p[data-offset]");
  const source = paragraph?.closest<HTMLElement>("[data-source-id]")?.dataset.sourceId;
  if (!paragraph || !source) return null;
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, offset);
  return { source, at: Number(paragraph.dataset.offset) + before.toString().length };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}’'-]/u.test(c);

/**
 * The selected words of one article as a span, widened to whole words (a drag that starts in the
 * middle of a word takes the word); null when the selection is empty or not inside one article.
 */
export function selectedSpan(selection: Selection | null): ArticleSpan | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const from = bodyOffset(range.startContainer, range.startOffset);
  const to = bodyOffset(range.endContainer, range.endOffset);
  if (!from || !to || from.source !== to.source || to.at <= from.at) return null;
  const text = paragraphsOf(from.source)
    .map((p) => ({ start: Number(p.dataset.offset), text: p.textContent ?? "" }))
    .find((p) => p.start <= from.at && from.at <= p.start + p.text.length);
  let start = from.at;
  let end = to.at;
  if (text) {
    const charAt = (i: number) => text.text[i - text.start];
    while (start > text.start && isWordChar(charAt(start - 1)) && isWordChar(charAt(start))) start--;
  }
  const last = paragraphsOf(to.source)
    .map((p) => ({ start: Number(p.dataset.offset), text: p.textContent ?? "" }))
    .find((p) => p.start <= to.at && to.at <= p.start + p.text.length);
  if (last) {
    const charAt = (i: number) => last.text[i - last.start];
    while (end < last.start + last.text.length && isWordChar(charAt(end - 1)) && isWordChar(charAt(end))) end++;
  }
  return { source: from.source, start, end };
}
