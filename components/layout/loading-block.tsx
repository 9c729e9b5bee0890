/**
 * A quiet placeholder while per-user content streams in. While one is on the page the footer
 * waits out of sight (globals.css): shown at the bottom of the first screen, it would jump when
 * the content arrives, a layout shift a slow phone sees.
 */
export function LoadingBlock({ label = "Loading…" }: { label?: string }) {
  return (
    <div
      data-loading=""
      role="status"
      className="needs-js animate-pulse rounded-lg border border-stone-200 bg-white p-6 text-sm text-muted"
    >
      {label}
    </div>
  );
}
