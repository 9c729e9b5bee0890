import Link from "next/link";
import { Suspense } from "react";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold text-ink no-underline">
          Byline
        </Link>
        <Link href="/library" className="text-sm font-medium">
          Library
        </Link>
        <div className="ml-auto flex items-center gap-4 text-sm">
          {/* The session is per request; everything else in the header is part of the static shell. */}
          <Suspense fallback={<span className="needs-js text-muted">…</span>}>
            <UserMenu />
          </Suspense>
        </div>
      </nav>
    </header>
  );
}
