import type { ReactNode } from "react";
import type { Source } from "@/lib/content/types";
import { ArticleBody } from "./article-body";
import { ArticleHeader } from "./article-header";
import { LessonPanels } from "./lesson-panels";
import { SourceCredit } from "./source-credit";

/** The line above a built-in lesson's title, on its page and on its no-JavaScript quiz. */
export function builtInLessonLabel(lesson: { demo: boolean }): string {
  return `Lesson${lesson.demo ? " · demo, open to everyone" : ""}`;
}

type Reading = { title: string; summary: string; estimatedMinutes: number; sources: Source[] };

/**
 * A lesson's page: its title, then its articles and `aside` (the quiz, or a preview): side by side
 * on wide screens, as two tabs on a phone (lesson-panels.tsx).
 */
export function LessonLayout({
  lesson,
  label,
  aside,
  asideLabel = "Quiz",
}: {
  lesson: Reading;
  label: string;
  aside: ReactNode;
  asideLabel?: string;
}) {
  return (
    <div data-lesson-layout className="gap-x-10 lg:grid lg:grid-cols-[minmax(0,1fr)_26rem] lg:grid-rows-[auto_1fr]">
      <header className="mb-6 space-y-2 lg:col-start-1 lg:mb-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">
          {label} · about {lesson.estimatedMinutes} min
        </p>
        <h1 className="font-serif text-3xl font-bold">{lesson.title}</h1>
        <p className="text-muted">{lesson.summary}</p>
      </header>
      <LessonPanels
        asideLabel={asideLabel}
        aside={aside}
        articles={lesson.sources.map((source) => (
          <article key={source.id} data-source-id={source.id} className="space-y-6 border-t border-stone-200 pt-6">
            <ArticleHeader source={source} level={2} />
            <ArticleBody body={source.body} />
            <SourceCredit source={source} />
          </article>
        ))}
      />
    </div>
  );
}
