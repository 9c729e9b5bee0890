import type { ReactNode } from "react";

/**
 * A report's prerendered page, one for every class, assignment or student: `children` loads the
 * figures in the browser. Without JavaScript, the link opens the report rendered by the server
 * (`?plain`, which the proxy passes to the page that renders per request).
 */
export function LiveReportPage({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      {children}
      <noscript>
        <p className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
          <a href="?plain">Open the {name}</a> (this page needs JavaScript to load the figures; the link opens them on a
          page that works without).
        </p>
      </noscript>
    </>
  );
}
