import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { QuizPanel, type QuizSearchParams } from "@/components/quiz/quiz-panel";
import { LessonLayout } from "@/components/reader/lesson-layout";
import { getAuthoredLessonReading } from "@/db/queries/teacher-lessons";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }>; searchParams: QuizSearchParams };

export const metadata: Metadata = { title: "Lesson" };

/**
 * A teacher's published lesson (`/lessons/t-…`, rewritten here by the proxy). Unlike the built-in
 * lessons it is not part of the build and not public: it renders per request, for signed-in
 * readers the lesson is visible to.
 */
export default function AuthoredLessonPage({ params, searchParams }: Props) {
  return (
    <Suspense fallback={<LoadingBlock label="Loading the lesson…" />}>
      <AuthoredLesson params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function AuthoredLesson({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(undefined, `/lessons/${id}`);
  const lesson = await getAuthoredLessonReading(id, user.id);
  // Not published, or not visible to this reader: the same answer as a lesson that does not exist.
  if (!lesson) notFound();
  return (
    <LessonLayout
      lesson={lesson}
      label="Lesson from your teacher"
      aside={
        <Suspense fallback={<LoadingBlock label="Loading your quiz…" />}>
          <QuizPanel lessonId={lesson.id} demo={false} searchParams={searchParams} />
        </Suspense>
      }
    />
  );
}
