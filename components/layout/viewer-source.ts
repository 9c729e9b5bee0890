import type { Viewer } from "@/lib/account/viewer";

/**
 * A page that learns who is signed in from its own request (the lesson page's quiz state) tells
 * the header's user menu here, so the menu need not ask next-auth's session endpoint as well.
 * Such a page marks itself in its HTML (VIEWER_SOURCE): the menu may hydrate before the part of
 * the page that will report (React hydrates each Suspense boundary on its own), so it looks for
 * the mark in the document rather than for a mounted component, and only for a shown one: the
 * router keeps the pages navigated away from in the document, hidden. Browser state only: these
 * functions are called from effects and events, never while rendering.
 */
export const VIEWER_SOURCE = { "data-viewer-source": "" } as const;

/** Who is signed in, and whether the cookie is due its renewal; undefined: the page could not tell. */
export type ViewerReport = { viewer: Viewer | null; renewSession: boolean } | undefined;

let latest: { report: ViewerReport } | null = null;
const listeners = new Set<(report: ViewerReport) => void>();

export function pageTellsViewer(): boolean {
  // A hidden element (in a hidden page) has no boxes.
  return [...document.querySelectorAll("[data-viewer-source]")].some((mark) => mark.getClientRects().length > 0);
}

export function reportViewer(report: ViewerReport): void {
  latest = { report };
  for (const listener of listeners) listener(report);
}

/** When the reporting part of a page goes (a navigation): its last report is not the next page's. */
export function forgetViewerReport(): void {
  latest = null;
}

/** Calls back with every report from now on, and with the page's last one if it came already. */
export function onViewerReport(listener: (report: ViewerReport) => void): () => void {
  listeners.add(listener);
  if (latest) listener(latest.report);
  return () => listeners.delete(listener);
}
