import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { QuizPanel, type QuizSearchParams } from "@/components/quiz/quiz-panel";
import { ArticleBody } from "@/components/reader/article-body";
import { ArticleHeader } from "@/components/reader/article-header";
import { SourceCredit } from "@/components/reader/source-credit";
import { getLessonReading, listLessons } from "@/lib/content/catalog";

type Props = { params: Promise<{ id: string }>; searchParams: QuizSearchParams };

export function generateStaticParams() {
  return listLessons().map((l) => ({ id: l.id }));
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: getLessonReading((await params).id)?.title ?? "Lesson not found" };
}

/**
 * The reading (title, sources) is the static shell, prerendered from the content files; only the
 * quiz panel, which depends on who is reading, renders per request.
 */
export default async function LessonPage({ params, searchParams }: Props) {
  const lesson = getLessonReading((await params).id);
  if (!lesson) notFound();
  return (
    <div className="gap-10 lg:grid lg:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="space-y-10">
        <header className="space-y-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">
            Lesson{lesson.demo ? " · demo, open to everyone" : ""} · about {lesson.estimatedMinutes} min
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
      <aside aria-label="Quiz" className="mt-10 self-start lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <Suspense fallback={<LoadingBlock label="Loading your quiz…" />}>
          <QuizPanel lessonId={lesson.id} demo={lesson.demo} searchParams={searchParams} />
        </Suspense>
      </aside>
    </div>
  );
}
