/** A quiet placeholder while per-user content streams in. */
export function LoadingBlock({ label = "Loading…" }: { label?: string }) {
  return (
    <div
      role="status"
      className="needs-js animate-pulse rounded-lg border border-stone-200 bg-white p-6 text-sm text-muted"
    >
      {label}
    </div>
  );
}
