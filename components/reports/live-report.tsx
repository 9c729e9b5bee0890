"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import {
  keepViewerSourceMark,
  reportViewer,
  VIEWER_SOURCE,
  type ViewerReport,
} from "@/components/layout/viewer-source";
import { Button } from "@/components/ui/button";
import { readViewer } from "@/lib/account/viewer";
import type { AssignmentReport } from "@/server/reports/assignment-report";
import type { ClassReport } from "@/server/reports/class-report";
import type { StudentReport } from "@/server/reports/student-report";
import { AssignmentReportView } from "./assignment-report-view";
import { ClassReportView } from "./class-report-view";
import { StudentReportView, type StudentReportActions } from "./student-report-view";

type Ready = { status: "ready"; view: ReactNode };
type Loaded = { status: "loading" } | Ready | { status: "failed"; message: string; signIn: boolean; retry: boolean };
type Body = { report?: unknown; timeZone?: unknown; error?: string; viewer?: unknown; renewSession?: unknown };

// JSON carries dates as text; the tables format Dates.
const date = (value: Date | string) => new Date(value);
const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Each report: its title while it loads, and how its figures are drawn once they come. */
const REPORTS = {
  class: {
    title: "Class report",
    draw: (report: ClassReport, timeZone: string) => (
      <ClassReportView
        timeZone={timeZone}
        report={{
          ...report,
          assignments: report.assignments.map((a) => ({
            ...a,
            opensAt: dateOrNull(a.opensAt),
            dueAt: date(a.dueAt),
            closedAt: dateOrNull(a.closedAt),
          })),
        }}
      />
    ),
  },
  assignment: {
    title: "Assignment report",
    draw: (report: AssignmentReport, timeZone: string) => (
      <AssignmentReportView
        timeZone={timeZone}
        report={{
          ...report,
          header: { ...report.header, dueAt: date(report.header.dueAt), closedAt: dateOrNull(report.header.closedAt) },
          grid: report.grid.map((r) => ({ ...r, completedAt: dateOrNull(r.completedAt) })),
        }}
      />
    ),
  },
  student: {
    title: "Student report",
    draw: (report: StudentReport, timeZone: string, actions?: StudentReportActions) => (
      <StudentReportView
        timeZone={timeZone}
        actions={actions!}
        report={{
          ...report,
          attempts: report.attempts.map((a) => ({
            ...a,
            startedAt: date(a.startedAt),
            completedAt: dateOrNull(a.completedAt),
          })),
        }}
      />
    ),
  },
} as const;

export type LiveReportKind = keyof typeof REPORTS;

const UNREACHABLE = "The report could not be loaded. Check your connection and try again.";

/** The page's own address names the report; its figures are at the same path under /api. */
async function fetchReport(kind: LiveReportKind, actions?: StudentReportActions): Promise<Loaded> {
  const response = await fetch(`/api${window.location.pathname}`, {
    cache: "no-store",
    headers: { Accept: "application/json" },
  }).catch(() => null);
  const body = response && ((await response.json().catch(() => null)) as Body | null);
  reportViewer(viewerReport(response?.status, body));
  if (body?.report && typeof body.timeZone === "string") {
    const draw = REPORTS[kind].draw as (report: unknown, timeZone: string, actions?: StudentReportActions) => ReactNode;
    return { status: "ready", view: draw(body.report, body.timeZone, actions) };
  }
  const status = response?.status ?? 0;
  return {
    status: "failed",
    message: body?.error ?? UNREACHABLE,
    signIn: status === 401,
    retry: status === 0 || status >= 500,
  };
}

/** Who is signed in, for the header: a report says it, a 401 says nobody; an error cannot tell. */
function viewerReport(status: number | undefined, body: Body | null): ViewerReport {
  if (status === 401) return { viewer: null, renewSession: false };
  if (!body?.report) return undefined;
  return { viewer: readViewer(body.viewer), renewSession: body.renewSession === true };
}

/**
 * A report on its prerendered page (app/teach/classes/live-report, live-assignment-report and
 * live-student-report, which the proxy serves for every class's, assignment's and student's
 * address): the page is a file,
 * and the figures come in one request (app/api/teach/classes/…/report), which also tells the
 * header who is signed in. Without JavaScript the page links to the report rendered by the
 * server instead.
 */
export function LiveReport({ kind, actions }: { kind: LiveReportKind; actions?: StudentReportActions }) {
  // Read in the effect, not rendered: the server rendered this page under another path (the
  // proxy's rewrite), so the hook's first value would not match the browser's address.
  const pathname = usePathname();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const mark = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => keepViewerSourceMark(mark.current), []);

  const reload = useCallback(async () => {
    setLoaded({ status: "loading" });
    setLoaded(await fetchReport(kind, actions));
  }, [kind, actions]);

  useEffect(() => {
    let current = true;
    void fetchReport(kind, actions).then((next) => current && setLoaded(next));
    return () => {
      current = false;
    };
  }, [kind, actions, pathname]);

  return (
    <div ref={mark} {...{ [VIEWER_SOURCE]: "" }}>
      {loaded.status === "ready" ? (
        loaded.view
      ) : (
        <Waiting title={REPORTS[kind].title} loaded={loaded} reload={reload} />
      )}
    </div>
  );
}

type WaitingProps = { title: string; loaded: Exclude<Loaded, Ready>; reload: () => Promise<void> };

function Waiting({ title, loaded, reload }: WaitingProps) {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {loaded.status === "loading" ? (
        <LoadingBlock label="Loading the report…" />
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
