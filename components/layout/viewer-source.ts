import { readViewer, type Viewer } from "@/lib/account/viewer";

/**
 * A page that learns who is signed in from its own request (the lesson page's quiz state) tells
 * the header's user menu here, so the menu need not ask next-auth's session endpoint as well.
 *
 * Such a page marks itself in its HTML (VIEWER_SOURCE): on the first load the menu may hydrate
 * before the part of the page that will report (React hydrates each Suspense boundary on its
 * own), so it looks for the mark in the document rather than for a mounted component. The router
 * keeps pages navigated away from in the document, hidden, with their effects cleaned up: the
 * reporting part takes its mark off then (`useViewerSourceMark`) and puts it back when shown.
 * Browser state only: these functions are called from effects and events, never while rendering.
 */
export const VIEWER_SOURCE = "data-viewer-source";

/** Who is signed in, and whether the cookie is due its renewal; undefined: the page could not tell. */
export type ViewerReport = { viewer: Viewer | null; renewSession: boolean } | undefined;

/**
 * What a page's own JSON tells of who is signed in: an answer with the page's content (`served`)
 * names the viewer; a 401 says nobody; anything else (the database away) cannot tell.
 */
export function viewerReportFrom(
  status: number | undefined,
  body: { viewer?: unknown; renewSession?: unknown } | null,
  served: boolean,
): ViewerReport {
  if (status === 401) return { viewer: null, renewSession: false };
  if (!served || !body) return undefined;
  return { viewer: readViewer(body.viewer), renewSession: body.renewSession === true };
}

let latest: { report: ViewerReport } | null = null;
const listeners = new Set<(report: ViewerReport) => void>();

export function pageTellsViewer(): boolean {
  return document.querySelector(`[${VIEWER_SOURCE}]`) !== null;
}

export function reportViewer(report: ViewerReport): void {
  latest = { report };
  for (const listener of listeners) listener(report);
}

/**
 * For the element that carries the mark: in a layout effect, so it is off before the menu looks
 * on the next page (every layout effect of a commit runs before any component's effect). When
 * the part goes, its last report goes too: it is not the next page's.
 */
export function keepViewerSourceMark(element: HTMLElement | null): () => void {
  element?.setAttribute(VIEWER_SOURCE, "");
  return () => {
    element?.removeAttribute(VIEWER_SOURCE);
    latest = null;
  };
}

/** Calls back with every report from now on, and with the page's last one if it came already. */
export function onViewerReport(listener: (report: ViewerReport) => void): () => void {
  listeners.add(listener);
  if (latest) listener(latest.report);
  return () => listeners.delete(listener);
}
