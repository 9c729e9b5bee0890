import { toParagraphs, type Span } from "./paragraphs";

/**
 * The article text exactly as stored, one <p> per paragraph; evidence spans are marked. Each
 * paragraph carries its offset into the body, so the quiz can highlight evidence in place.
 */
export function ArticleBody({ body, highlights = [] }: { body: string; highlights?: readonly Span[] }) {
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed">
      {toParagraphs(body, highlights).map((p) => (
        <p key={p.start} data-offset={p.start}>
          {p.segments.map((s) =>
            s.marked ? (
              <mark key={s.start} className="rounded-sm bg-evidence px-0.5 text-ink">
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
