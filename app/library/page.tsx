import type { Metadata } from "next";
import Link from "next/link";
import { LessonCard } from "@/components/library/lesson-card";
import { GenreBadge } from "@/components/ui/genre-badge";
import { formatDateOnly } from "@/components/ui/format-date";
import { listLessons, listSources } from "@/lib/content/catalog";

export const metadata: Metadata = { title: "Library" };

export default function LibraryPage() {
  const sources = listSources();
  const lessons = listLessons();
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Library</h1>
      <section aria-labelledby="sources-heading" className="space-y-4">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Articles
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {sources.map((s) => (
            <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-5">
              <GenreBadge genre={s.genre} />
              <h3 className="mt-2 font-serif text-lg font-semibold leading-snug">
                <Link href={`/sources/${s.id}`}>{s.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">
                {s.outlet} · {s.author} · <time dateTime={s.published}>{formatDateOnly(s.published)}</time>
                {s.dateNote && <> (date uncertain)</>}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lessons-heading" className="space-y-4">
        <h2 id="lessons-heading" className="text-xl font-semibold">
          Lessons
        </h2>
        <ul className="space-y-3">
          {lessons.map((l) => (
            <LessonCard key={l.id} lesson={l} />
          ))}
        </ul>
      </section>
    </div>
  );
}
