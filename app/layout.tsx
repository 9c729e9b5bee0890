import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { cn } from "@/components/ui/cn";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Byline", template: "%s · Byline" },
  description:
    "Learn to read the news critically, on real articles: who reported it, who said it, and what is fact, quote or opinion.",
};

const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <noscript>
          {/* Without JavaScript, loading placeholders never resolve: see globals.css. */}
          {/* Streamed parts (the quiz) arrive at the end of the page: shown before the footer, in
              the content's width, rather than after it. */}
          {/* A page that turned out not found or forbidden after its 200 had gone out (docs/security.md,
              "Status codes") is drawn by the browser's script; without it, only Next's streamed
              noindex tag says so, and the message below is shown. */}
          <style>{`.needs-js{display:none!important}body>[id^="S:"]{order:1;width:100%;max-width:64rem;margin:0 auto;padding:0 1rem 2rem}body>footer{order:2;visibility:visible!important}main{flex:none}.access-fallback{display:none}body:has(>meta[name="robots"][content~="noindex"]) .access-fallback{display:block}`}</style>
        </noscript>
        {/* Shown only where there are questions (globals.css): first in the tab order on a lesson. */}
        <a href="#questions" className={cn("skip-to-questions", SKIP_LINK)}>
          Skip to the questions
        </a>
        <a href="#main" className={SKIP_LINK}>
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
          <noscript>
            <div className="access-fallback mx-auto max-w-xl space-y-4 py-12 text-center">
              <h1 className="font-serif text-3xl font-bold">This page is not available</h1>
              <p className="text-muted">
                The link may be mistyped or the page may have moved, or it belongs to another account: a class is seen
                only by its teacher, and teaching pages only by teachers.
              </p>
              <p>
                <Link href="/library">Go to the library</Link> or <Link href="/">back to the start</Link>.
              </p>
            </div>
          </noscript>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
