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
        {/* The session is per request; everything else in the header is part of the static shell. On a
            phone the menu always has a row of its own, reserved before it streams in, so the page
            below does not jump when it arrives. */}
        <div className="flex min-h-9 basis-full items-center gap-4 overflow-x-auto whitespace-nowrap text-sm sm:ml-auto sm:basis-auto sm:overflow-visible">
          <Suspense fallback={<span className="needs-js text-muted">…</span>}>
            <UserMenu />
          </Suspense>
        </div>
      </nav>
    </header>
  );
}
