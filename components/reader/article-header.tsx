import { GenreBadge } from "@/components/ui/genre-badge";
import { formatDateOnly } from "@/components/ui/format-date";
import type { Source } from "@/lib/content/types";
import { cn } from "@/components/ui/cn";

/** `level` 2 when the article sits under a lesson's own heading. */
export function ArticleHeader({ source, level = 1 }: { source: Source; level?: 1 | 2 }) {
  const Title = level === 1 ? "h1" : "h2";
  return (
    <header className="space-y-3 border-b border-stone-200 pb-6">
      <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
        <GenreBadge genre={source.genre} />
        <span className="font-semibold text-ink">{source.outlet}</span>
        {source.section && <span>{source.section}</span>}
      </div>
      <Title className={cn("font-serif font-bold leading-tight", level === 1 ? "text-3xl sm:text-4xl" : "text-2xl")}>
        {source.title}
      </Title>
      <p className="text-sm">
        By <span className="font-semibold">{source.author}</span>
        {source.authorRole && <span className="text-muted">, {source.authorRole}</span>} ·{" "}
        <time dateTime={source.published}>{formatDateOnly(source.published)}</time>
        {source.dateNote && (
          <>
            {" "}
            {/* Said in words, not by colour or an icon alone, so every reader takes the date as unsettled. */}
            <span>
              — <span className="font-semibold">date uncertain:</span> {source.dateNote}
            </span>
          </>
        )}
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
