import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { listLessons } from "@/lib/content/catalog";
import { requireUser, TEACHER_ROLES } from "@/lib/session";

export const metadata: Metadata = { title: "Teaching" };

export default function TeachPage() {
  return (
    <Suspense fallback={<LoadingBlock label="Loading your lessons…" />}>
      <LessonCatalogue />
    </Suspense>
  );
}

async function LessonCatalogue() {
  await requireUser(TEACHER_ROLES, "/teach");
  const lessons = listLessons();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Lesson catalogue</h1>
      <p className="text-muted">Every built-in lesson, with its sources, skills and answer key.</p>
      <ul className="space-y-4">
        {lessons.map((l) => (
          <li key={l.id} className="rounded-lg border border-stone-200 bg-white p-5">
            <h2 className="font-serif text-xl font-semibold">{l.title}</h2>
            <p className="mt-1 text-sm text-muted">
              {l.questionCount} questions · about {l.estimatedMinutes} min · {l.sources.map((s) => s.outlet).join(" and ")}
              {l.demo && " · demo lesson (open to guests, not assignable)"}
            </p>
            <p className="mt-2 text-sm">Skills: {l.skills.map((s) => s.label).join(", ")}</p>
            <p className="mt-3">
              <Link href={`/teach/lessons/${l.id}`}>Answer key for “{l.title}”</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
