"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { retryLessonAction } from "@/app/lessons/[id]/actions";
import { LoadingBlock } from "@/components/layout/loading-block";
import { keepViewerSourceMark, reportViewer, VIEWER_SOURCE, viewerReportFrom } from "@/components/layout/viewer-source";
import { Button } from "@/components/ui/button";
import { lessonQuizHref } from "@/lib/assignments/status";
import { reviveQuizView, type QuizView } from "@/lib/quiz/quiz-view";
import { QuizPanelView } from "./quiz-panel-view";

type Loaded = { status: "loading" } | { status: "ready"; view: QuizView } | { status: "failed"; message: string };

const UNREACHABLE = "Your quiz could not be loaded. Check your connection and try again.";

/** `?assignment=` from the address: the page is prerendered, so the browser reads its own query. */
function assignmentInAddress(): string | null {
  return new URLSearchParams(window.location.search).get("assignment");
}

type StateBody = { view?: QuizView; error?: string; viewer?: unknown; renewSession?: unknown };

/** The reader's quiz, and who they are for the header's user menu (told to it as it lands). */
async function fetchView(lessonId: string, assignment: string | null): Promise<Loaded> {
  const query = assignment ? `?assignment=${encodeURIComponent(assignment)}` : "";
  const response = await fetch(`/api/lessons/${encodeURIComponent(lessonId)}/quiz${query}`, {
    cache: "no-store",
    headers: { Accept: "application/json" },
  }).catch(() => null);
  const body = response && ((await response.json().catch(() => null)) as StateBody | null);
  reportViewer(viewerReportFrom(response?.status, body, Boolean(body?.view)));
  if (body?.view) return { status: "ready", view: reviveQuizView(body.view) };
  return { status: "failed", message: body?.error ?? UNREACHABLE };
}

/**
 * The quiz on a built-in lesson's prerendered page: the article and this frame are the same for
 * every reader, so the page is served as a file and this reader's quiz comes in one small request
 * (app/api/lessons/[id]/quiz), again after each step. Without JavaScript the page points to the
 * quiz rendered by the server instead (`/lessons/[id]/quiz`).
 */
export function LiveQuizPanel({ lessonId }: { lessonId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const mark = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => keepViewerSourceMark(mark.current), []);

  const reload = useCallback(async () => {
    setLoaded(await fetchView(lessonId, assignmentInAddress()));
  }, [lessonId]);

  useEffect(() => {
    let current = true;
    void fetchView(lessonId, assignmentInAddress()).then((next) => current && setLoaded(next));
    return () => {
      current = false;
    };
  }, [lessonId]);

  const retry = useCallback(
    async (formData: FormData) => {
      await retryLessonAction(formData);
      await reload();
    },
    [reload],
  );

  // Marked for the header's user menu, which this panel tells who is signed in.
  return (
    <div ref={mark} {...{ [VIEWER_SOURCE]: "" }}>
      <PanelBody loaded={loaded} lessonId={lessonId} reload={reload} retry={retry} />
    </div>
  );
}

type BodyProps = {
  loaded: Loaded;
  lessonId: string;
  reload: () => Promise<void>;
  retry: (formData: FormData) => Promise<void>;
};

function PanelBody({ loaded, lessonId, reload, retry }: BodyProps) {
  if (loaded.status === "loading") return <LoadingBlock label="Loading your quiz…" />;
  if (loaded.status === "failed") {
    return (
      <div role="alert" className="space-y-3 rounded-lg border border-red-700 bg-red-50 p-5 text-sm text-red-900">
        <p>{loaded.message}</p>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="button" onClick={() => void reload()}>
            Try again
          </Button>
          <a href={lessonQuizHref(lessonId, assignmentInAddress())}>Open the quiz on its own page</a>
        </div>
      </div>
    );
  }
  return <QuizPanelView view={loaded.view} reload={reload} retryAction={retry} />;
}
