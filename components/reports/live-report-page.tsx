import { LiveReport, type LiveReportKind } from "./live-report";
import type { StudentReportActions } from "./student-report-view";

/**
 * A report's prerendered page, one for every class or assignment: the figures load in the
 * browser. Without JavaScript, the link opens the report rendered by the server (`?plain`, which
 * the proxy passes to the page that renders per request).
 */
type Props = { kind: LiveReportKind; name: string; actions?: StudentReportActions };

export function LiveReportPage({ kind, name, actions }: Props) {
  return (
    <>
      <LiveReport kind={kind} actions={actions} />
      <noscript>
        <p className="mt-6 rounded-lg border border-stone-200 bg-white p-5">
          <a href="?plain">Open the {name}</a> (this page needs JavaScript to load the figures; the link opens them on a
          page that works without).
        </p>
      </noscript>
    </>
  );
}
