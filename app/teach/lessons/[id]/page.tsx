import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AnswerKey } from "@/components/teach/answer-key";
import { LoadingBlock } from "@/components/layout/loading-block";
import { getLessonWithAnswerKey, listLessons } from "@/lib/content/catalog";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Answer key" };

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return listLessons().map((l) => ({ id: l.id }));
}

export default function AnswerKeyPage({ params }: Props) {
  return (
    <Suspense fallback={<LoadingBlock label="Loading the answer key…" />}>
      <CheckedAnswerKey params={params} />
    </Suspense>
  );
}

// The key is read only after the role check, inside the per-request part of the page: it must
// never be in the static shell that anyone can fetch.
async function CheckedAnswerKey({ params }: Props) {
  const { id } = await params;
  await requireUser(TEACHER_ROLES, `/teach/lessons/${id}`);
  const lesson = getLessonWithAnswerKey(id);
  if (!lesson) notFound();
  return <AnswerKey lesson={lesson} />;
}
