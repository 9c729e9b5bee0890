export type Span = { start: number; end: number };
type Segment = { text: string; start: number; marked: boolean };
export type Paragraph = { start: number; segments: Segment[] };

/**
 * Splits an article body into paragraphs (blank-line separated, as stored) keeping each one's
 * offset into the body, and cuts them where highlighted evidence starts and ends.
 */
export function toParagraphs(body: string, highlights: readonly Span[] = []): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const start = m.index;
    const end = start + m[0].length;
    const cuts = new Set([start, end]);
    for (const h of highlights) {
      if (h.end <= start || h.start >= end) continue;
      cuts.add(Math.max(h.start, start));
      cuts.add(Math.min(h.end, end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const marked = highlights.some((h) => h.start <= from && h.end >= to);
      segments.push({ text: body.slice(from, to), start: from, marked });
    }
    paragraphs.push({ start, segments });
  }
  return paragraphs;
}
