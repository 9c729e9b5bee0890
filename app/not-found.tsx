import type { Metadata } from "next";
import Link from "next/link";

// Next adds `noindex` to this page by itself, whether it answers with a 404 or shows up inside a
// page that had already sent a 200 (docs/security.md, "Status codes").
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="text-muted">
        We couldn&apos;t find that page. The link may be mistyped, or the page may have moved.
      </p>
      <p>
        <Link href="/library">Go to the library</Link> or <Link href="/">back to the start</Link>.
      </p>
    </div>
  );
}
