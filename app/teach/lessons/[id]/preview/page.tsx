import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { LessonLayout } from "@/components/reader/lesson-layout";
import { QuestionPreview } from "@/components/teach/lessons/question-preview";
import { getLessonDraft } from "@/db/queries/teacher-lessons";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Preview lesson" };

type Props = { params: Promise<{ id: string }> };

export default function PreviewLessonPage({ params }: Props) {
  return (
    <Suspense fallback={<LoadingBlock label="Loading the preview…" />}>
      <Preview params={params} />
    </Suspense>
  );
}

/** The draft as students will see it: the articles and every question, without the key. */
async function Preview({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/lessons/${id}/preview`);
  const draft = await getLessonDraft(user, id);
  if (!draft) notFound();
  return (
    <div className="space-y-6">
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
        Preview of your draft: students see one question at a time, and the right answers and explanations only after
        answering. <Link href={`/teach/lessons/${draft.id}/edit`}>Back to the review</Link>
      </p>
      <LessonLayout
        lesson={draft}
        label="Preview"
        asideLabel="Questions"
        aside={
          <div className="space-y-4">
            {draft.questions.map((q, i) => (
              <QuestionPreview key={q.id} question={q} position={i + 1} />
            ))}
          </div>
        }
      />
    </div>
  );
}
