import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { LessonCard } from "@/components/library/lesson-card";
import { listLessons } from "@/lib/content/catalog";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Home" };

export default function HomePage() {
  return (
    <Suspense fallback={<LoadingBlock label="Loading your page…" />}>
      <Home />
    </Suspense>
  );
}

async function Home() {
  const user = await requireUser(undefined, "/home");
  const lessons = listLessons();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Hello, {user.name}</h1>
      {user.role !== "student" && (
        <p>
          Your teaching tools are on the <Link href="/teach">Teaching</Link> page.
        </p>
      )}
      <section aria-labelledby="lessons" className="space-y-3">
        <h2 id="lessons" className="text-xl font-semibold">
          Lessons
        </h2>
        <ul className="space-y-2">
          {lessons.map((l) => (
            <LessonCard key={l.id} lesson={l} />
          ))}
        </ul>
      </section>
    </div>
  );
}
