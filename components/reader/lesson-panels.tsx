"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { cn } from "@/components/ui/cn";

type Panel = "articles" | "questions";

const NARROW = "(max-width: 1023px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True on screens too narrow for the two columns, once the page runs JavaScript. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * A lesson's articles and its questions. Wide screens show both, side by side. On a phone the two
 * are tabs under a bar that stays on screen, so a student moves between the reading and the
 * current question in one tap and each keeps its place; "Show the evidence" opens the article at
 * the passage, and the Questions tab brings the question back. Without JavaScript there are no
 * tabs: both show, in document order.
 */
export function LessonPanels({
  articles,
  aside,
  asideLabel,
}: {
  articles: ReactNode;
  aside: ReactNode;
  asideLabel: string;
}) {
  const narrow = useNarrow();
  const [panel, setPanel] = useState<Panel>("articles");
  const bar = useRef<HTMLDivElement>(null);
  const places = useRef<Partial<Record<Panel, number>>>({});

  // What to do once the panel just opened is on screen: its scroll place, or the evidence.
  const afterOpen = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const then = afterOpen.current;
    afterOpen.current = null;
    then?.();
  }, [panel]);

  const open = useCallback(
    (next: Panel, then?: () => void) => {
      if (next === panel) return then?.();
      places.current[panel] = window.scrollY;
      afterOpen.current =
        then ??
        (() => {
          // Back to where the student left this panel; the first time, to its top (under the bar).
          const top = bar.current ? bar.current.getBoundingClientRect().top + window.scrollY : 0;
          window.scrollTo({ top: places.current[next] ?? Math.min(window.scrollY, top) });
        });
      setPanel(next);
    },
    [panel],
  );

  useEffect(() => {
    if (!narrow) return;
    // "Show the evidence" (sent from the feedback): the article must be showing before the
    // passage can be scrolled to.
    const showArticles = (event: Event) => {
      event.preventDefault();
      open("articles", (event as CustomEvent<{ reveal: () => void }>).detail.reveal);
    };
    // The skip link to the questions (first on the page) opens their tab before the browser moves
    // to it: rendered at once, so the browser finds the target showing.
    const skipToQuestions = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href="#questions"]'))
        flushSync(() => open("questions", () => undefined));
    };
    window.addEventListener("byline:show-articles", showArticles);
    document.addEventListener("click", skipToQuestions, true);
    return () => {
      window.removeEventListener("byline:show-articles", showArticles);
      document.removeEventListener("click", skipToQuestions, true);
    };
  }, [narrow, open]);

  const tabs = narrow;
  const hidden = (which: Panel) => tabs && panel !== which;
  return (
    <>
      {/* In the first HTML already, so the article does not move down when the page starts
          running on a phone; CSS hides it on wide screens and without JavaScript. */}
      <div
        ref={bar}
        role="tablist"
        aria-label="Lesson"
        className="needs-js sticky top-0 z-10 -mx-4 mb-4 flex gap-2 border-b border-stone-200 bg-paper px-4 py-2 lg:hidden"
      >
        {(["articles", "questions"] as const).map((which) => (
          <button
            key={which}
            type="button"
            role="tab"
            id={`tab-${which}`}
            aria-selected={panel === which}
            aria-controls={which === "articles" ? "lesson-articles" : "questions"}
            onClick={() => open(which)}
            className={cn(
              "flex-1 rounded-md px-3 py-2 text-sm font-semibold",
              panel === which ? "bg-accent text-white" : "border border-stone-300 bg-white text-ink",
            )}
          >
            {which === "articles" ? "Articles" : "Questions"}
          </button>
        ))}
      </div>
      <div
        id="lesson-articles"
        role={tabs ? "tabpanel" : undefined}
        aria-labelledby={tabs ? "tab-articles" : undefined}
        hidden={hidden("articles")}
        className="space-y-10 lg:col-start-1"
      >
        {articles}
      </div>
      <aside
        id="questions"
        tabIndex={-1}
        aria-label={asideLabel}
        role={tabs ? "tabpanel" : undefined}
        aria-labelledby={tabs ? "tab-questions" : undefined}
        hidden={hidden("questions")}
        className={cn(
          !tabs && "mt-10",
          "self-start focus:outline-none lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto",
        )}
      >
        {aside}
      </aside>
    </>
  );
}
