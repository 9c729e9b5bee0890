import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveQuizPanel } from "@/components/quiz/live-quiz-panel";
import { builtInLessonLabel, LessonLayout } from "@/components/reader/lesson-layout";
import { lessonQuizHref } from "@/lib/assignments/status";
import { getLessonReading, listLessons } from "@/lib/content/catalog";

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return listLessons().map((l) => ({ id: l.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getLessonReading((await params).id)?.title ?? "Lesson not found" };
}

/**
 * Prerendered whole: the reading (title, sources) and the quiz's frame are the same for every
 * reader, so the page is served as a file. The reader's own quiz loads in the browser, in one
 * small request; without JavaScript the link below opens the quiz the server renders.
 */
export default async function LessonPage({ params }: Props) {
  const lesson = getLessonReading((await params).id);
  if (!lesson) notFound();
  return (
    <LessonLayout
      lesson={lesson}
      label={builtInLessonLabel(lesson)}
      aside={
        <>
          <LiveQuizPanel lessonId={lesson.id} />
          <noscript>
            <p className="rounded-lg border border-stone-200 bg-white p-5">
              <a href={lessonQuizHref(lesson.id)}>Take the quiz</a> (this page needs JavaScript for the quiz beside the
              article; the link opens it on a page that works without).
            </p>
          </noscript>
        </>
      }
    />
  );
}
