import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
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
            <li key={l.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="font-semibold">
                <Link href={`/lessons/${l.id}`}>{l.title}</Link>
              </p>
              <p className="text-sm text-muted">
                {l.questionCount} questions · about {l.estimatedMinutes} min · reads{" "}
                {l.sources.map((s) => s.outlet).join(" and ")}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
