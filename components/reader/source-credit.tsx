import type { Source } from "@/lib/content/types";

/** The outlet owns the text; Byline quotes it for teaching and says so on every article. */
export function SourceCredit({ source }: { source: Source }) {
  return (
    <aside
      aria-label="About this article"
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm"
    >
      <p>
        This article is the work of <span className="font-semibold">{source.outlet}</span>
        {source.publication && source.publication !== source.outlet && <> ({source.publication})</>}, by {source.author}
        . Byline quotes it unchanged for teaching; only page elements such as comment boxes and subscription prompts
        were left out.
      </p>
      {source.url ? (
        <p>
          <a href={source.url} rel="noopener noreferrer">
            Read the original on {source.outlet}
          </a>
        </p>
      ) : source.outletUrl ? (
        <p>
          <a href={source.outletUrl} rel="noopener noreferrer">
            Visit {source.outlet}
          </a>{" "}
          (the article&apos;s own address was not recorded).
        </p>
      ) : null}
      <details>
        <summary className="cursor-pointer text-muted">How this copy was captured</summary>
        <p className="mt-2 text-muted">{source.captureNote}</p>
      </details>
    </aside>
  );
}
