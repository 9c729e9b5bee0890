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
        {/* The user menu asks who is signed in from the browser, so the header and the pages around
            it stay static. On a phone the menu always has a row of its own, reserved before it
            fills in, so the page below does not jump. */}
        <div className="flex min-h-9 basis-full items-center gap-4 overflow-x-auto whitespace-nowrap text-sm sm:ml-auto sm:basis-auto sm:overflow-visible">
          {/* usePathname waits for the request on pages with parameters that were not prerendered. */}
          <Suspense fallback={<span className="needs-js text-muted">…</span>}>
            <UserMenu />
          </Suspense>
        </div>
      </nav>
    </header>
  );
}
