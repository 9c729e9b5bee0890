import Link from "next/link";
import type { LessonSummary } from "@/lib/content/catalog";
import { TEACHER_CONTENT_ID } from "@/lib/teacher-lessons/ids";

/** One lesson in a list: title (the link to take it), size, demo status, summary and its articles. */
export function LessonCard({ lesson }: { lesson: LessonSummary }) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-5">
      <h3 className="font-serif text-lg font-semibold">
        <Link href={`/lessons/${lesson.id}`}>{lesson.title}</Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {lesson.questionCount} questions · about {lesson.estimatedMinutes} min
        {lesson.demo && " · Demo lesson: try it without an account"}
      </p>
      <p className="mt-2 text-sm">{lesson.summary}</p>
      <p className="mt-2 text-sm">
        Reads:{" "}
        {lesson.sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && ", "}
            {/* Teachers' articles are read inside their lesson; only built-in ones have a page of their own. */}
            {TEACHER_CONTENT_ID.test(s.id) ? s.outlet : <Link href={`/sources/${s.id}`}>{s.outlet}</Link>}
          </span>
        ))}
      </p>
    </li>
  );
}
