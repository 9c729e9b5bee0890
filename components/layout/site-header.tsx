import Link from "next/link";
import { Suspense } from "react";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:gap-x-6"
      >
        <Link href="/" className="font-serif text-xl font-bold text-ink no-underline">
          Byline
        </Link>
        <Link href="/library" className="text-sm font-medium">
          Library
        </Link>
        {/* The user menu asks who is signed in from the browser, so the header and the pages around
            it stay static. On a phone the menu has rows of its own, reserved before it fills in so
            the page below does not jump; its links wrap there rather than scroll sideways. */}
        <div className="flex min-h-11 basis-full flex-wrap content-center items-center gap-x-4 gap-y-1 text-sm sm:ml-auto sm:min-h-9 sm:basis-auto">
          {/* usePathname waits for the request on pages with parameters that were not prerendered. */}
          <Suspense fallback={<span className="needs-js text-muted">…</span>}>
            <UserMenu />
          </Suspense>
          {/* Without JavaScript the menu above cannot ask who is signed in; a small page rendered
              per request can (app/account/status), so the header frames it. Its links and
              sign-out target the whole window. */}
          <noscript>
            <iframe src="/account/status" title="Your account" className="h-16 w-full border-0 sm:h-9 sm:w-md" />
          </noscript>
        </div>
      </nav>
    </header>
  );
}
