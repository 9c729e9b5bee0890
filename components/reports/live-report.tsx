"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { keepViewerSourceMark, reportViewer, VIEWER_SOURCE, viewerReportFrom } from "@/components/layout/viewer-source";
import { Button } from "@/components/ui/button";
import { readViewer, type Viewer } from "@/lib/account/viewer";

type Ready = { status: "ready"; report: unknown; timeZone: string; viewer: Viewer | null };
type Loaded = { status: "loading" } | Ready | { status: "failed"; message: string; signIn: boolean; retry: boolean };
type Body = { report?: unknown; timeZone?: unknown; error?: string; viewer?: unknown; renewSession?: unknown };

/**
 * What a drawing may use besides the figures: who is looking, and `refresh`, which fetches the
 * figures again and redraws them in place (a form's state, such as a message it shows, is kept).
 */
export type ReportContext = { viewer: Viewer | null; refresh: () => Promise<void> };

/** How a report's figures are drawn once they come (JSON: its dates are text until revived). */
export type DrawReport<T> = (report: T, timeZone: string, context: ReportContext) => ReactNode;

// For the draw functions: JSON carries dates as text; the views format Dates.
export const revivedDate = (value: Date | string) => new Date(value);
export const revivedDateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

/** The message when the figures could not be fetched at all (no answer, or no JSON). */
const unreachable = (noun: string) => `The ${noun} could not be loaded. Check your connection and try again.`;

/** The page's own address names the report; its figures are at the same path under /api. */
async function fetchReport(noun: string): Promise<Loaded> {
  const response = await fetch(`/api${window.location.pathname}`, {
    cache: "no-store",
    headers: { Accept: "application/json" },
  }).catch(() => null);
  const body = response && ((await response.json().catch(() => null)) as Body | null);
  reportViewer(viewerReportFrom(response?.status, body, Boolean(body?.report)));
  if (body?.report && typeof body.timeZone === "string") {
    return { status: "ready", report: body.report, timeZone: body.timeZone, viewer: readViewer(body.viewer) };
  }
  const status = response?.status ?? 0;
  return {
    status: "failed",
    message: body?.error ?? unreachable(noun),
    signIn: status === 401,
    retry: status === 0 || status >= 500,
  };
}

/**
 * A report on its prerendered page (./live-reports.tsx; app/teach/classes/live-report,
 * live-assignment-report and live-student-report, which the proxy serves for every class's,
 * assignment's and student's address): the page is a file,
 * and the figures come in one request (app/api/teach/classes/…/report), which also tells the
 * header who is signed in. Without JavaScript the page links to the report rendered by the
 * server instead.
 */
export function LiveReport<T>({
  title,
  draw,
  noun = "report",
}: {
  title: string;
  draw: DrawReport<T>;
  /** What the page's figures are called in its loading and error messages. */
  noun?: string;
}) {
  // Read in the effect, not rendered: the server rendered this page under another path (the
  // proxy's rewrite), so the hook's first value would not match the browser's address.
  const pathname = usePathname();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const mark = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => keepViewerSourceMark(mark.current), []);

  const reload = useCallback(async () => {
    setLoaded({ status: "loading" });
    setLoaded(await fetchReport(noun));
  }, [noun]);

  // After a form on the page changed something: the new figures replace the old ones when they
  // come; if they cannot be fetched, the old ones stay (the form says what it did).
  const refresh = useCallback(async () => {
    const next = await fetchReport(noun);
    if (next.status === "ready") setLoaded(next);
  }, [noun]);

  useEffect(() => {
    let current = true;
    void fetchReport(noun).then((next) => current && setLoaded(next));
    return () => {
      current = false;
    };
  }, [noun, pathname]);

  return (
    <div ref={mark} {...{ [VIEWER_SOURCE]: "" }}>
      {loaded.status === "ready" ? (
        draw(loaded.report as T, loaded.timeZone, { viewer: loaded.viewer, refresh })
      ) : (
        <Waiting title={title} noun={noun} loaded={loaded} reload={reload} />
      )}
    </div>
  );
}

type WaitingProps = { title: string; noun: string; loaded: Exclude<Loaded, Ready>; reload: () => Promise<void> };

function Waiting({ title, noun, loaded, reload }: WaitingProps) {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {loaded.status === "loading" ? (
        <LoadingBlock label={`Loading the ${noun}…`} />
      ) : (
        <div role="alert" className="space-y-3 rounded-lg border border-red-700 bg-red-50 p-5 text-sm text-red-900">
          <p>{loaded.message}</p>
          <div className="flex flex-wrap items-center gap-4">
            {loaded.retry && (
              <Button type="button" onClick={() => void reload()}>
                Try again
              </Button>
            )}
            {loaded.signIn ? (
              <Link href={`/sign-in?next=${encodeURIComponent(window.location.pathname)}`}>Sign in</Link>
            ) : (
              <Link href="/teach">Your classes</Link>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
