import { GenreBadge } from "@/components/ui/genre-badge";
import { formatDateOnly } from "@/components/ui/format-date";
import type { Source } from "@/lib/content/types";

export function ArticleHeader({ source }: { source: Source }) {
  return (
    <header className="space-y-3 border-b border-stone-200 pb-6">
      <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
        <GenreBadge genre={source.genre} />
        <span className="font-semibold text-ink">{source.outlet}</span>
        {source.section && <span>{source.section}</span>}
      </div>
      <h1 className="font-serif text-3xl font-bold leading-tight sm:text-4xl">{source.title}</h1>
      <p className="text-sm">
        By <span className="font-semibold">{source.author}</span>
        {source.authorRole && <span className="text-muted">, {source.authorRole}</span>} ·{" "}
        <time dateTime={source.published}>{formatDateOnly(source.published)}</time>
      </p>
      {source.photo && (
        <p className="text-sm text-muted">
          <span className="font-semibold">Photo caption</span> (the photo is not reproduced): {source.photo.caption}
          {source.photo.credit && <> ({source.photo.credit})</>}
        </p>
      )}
    </header>
  );
}
