import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { QuizPanel, type QuizSearchParams } from "@/components/quiz/quiz-panel";
import { builtInLessonLabel, LessonLayout } from "@/components/reader/lesson-layout";
import { getLessonReading, listLessons } from "@/lib/content/catalog";

type Props = { params: Promise<{ id: string }>; searchParams: QuizSearchParams };

export function generateStaticParams() {
  return listLessons().map((l) => ({ id: l.id }));
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const title = getLessonReading((await params).id)?.title ?? "Lesson not found";
  // The lesson's own address is the one to index; this is the same lesson.
  return { title, robots: { index: false } };
}

/**
 * A built-in lesson with its quiz rendered by the server on each request: where a browser without
 * JavaScript takes the quiz (the lesson page links here), and where its plain form posts land
 * (`?answered=`, `?problem=`). The reading is still prerendered; only the quiz renders per request.
 */
export default async function LessonQuizPage({ params, searchParams }: Props) {
  const lesson = getLessonReading((await params).id);
  if (!lesson) notFound();
  return (
    <LessonLayout
      lesson={lesson}
      label={builtInLessonLabel(lesson)}
      aside={
        <Suspense fallback={<LoadingBlock label="Loading your quiz…" />}>
          <QuizPanel lessonId={lesson.id} demo={lesson.demo} searchParams={searchParams} />
        </Suspense>
      }
    />
  );
}
