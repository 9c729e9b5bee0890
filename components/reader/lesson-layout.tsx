import type { ReactNode } from "react";
import type { Source } from "@/lib/content/types";
import { ArticleBody } from "./article-body";
import { ArticleHeader } from "./article-header";
import { SourceCredit } from "./source-credit";

type Reading = { title: string; summary: string; estimatedMinutes: number; sources: Source[] };

/** A lesson's page: its title and articles on the left, `aside` (the quiz, or a preview) beside them. */
export function LessonLayout({ lesson, label, aside, asideLabel = "Quiz" }: { lesson: Reading; label: string; aside: ReactNode; asideLabel?: string }) {
  return (
    <div className="gap-10 lg:grid lg:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="space-y-10">
        <header className="space-y-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">
            {label} · about {lesson.estimatedMinutes} min
          </p>
          <h1 className="font-serif text-3xl font-bold">{lesson.title}</h1>
          <p className="text-muted">{lesson.summary}</p>
        </header>
        {lesson.sources.map((source) => (
          <article key={source.id} data-source-id={source.id} className="space-y-6 border-t border-stone-200 pt-6">
            <ArticleHeader source={source} level={2} />
            <ArticleBody body={source.body} />
            <SourceCredit source={source} />
          </article>
        ))}
      </div>
      <aside aria-label={asideLabel} className="mt-10 self-start lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        {aside}
      </aside>
    </div>
  );
}
