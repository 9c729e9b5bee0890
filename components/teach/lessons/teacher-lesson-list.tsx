import Link from "next/link";
import type { TeacherLessonSummary } from "@/db/queries/teacher-lessons";

const STATUS = { draft: "Draft", published: "Published", retired: "Retired" } as const;

/** The teacher's own lessons (with their review state) and those other teachers share. */
export function TeacherLessonList({ lessons }: { lessons: TeacherLessonSummary[] }) {
  if (lessons.length === 0)
    return <p className="text-muted">No lessons of your own yet. Import an article to make one.</p>;
  return (
    <ul className="space-y-3">
      {lessons.map((l) => (
        <li key={l.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="font-serif text-lg font-semibold">{l.title}</h3>
          <p className="text-sm text-muted">
            {l.authorName ? `Shared by ${l.authorName}` : STATUS[l.status]}
            {!l.authorName && l.status === "published" && l.unpublishedChanges && " · changes not yet published"}
            {!l.authorName && ` · ${l.draftCount} questions`} · {l.outlets.join(" and ")}
            {!l.authorName && l.shared && " · shared with other teachers"}
          </p>
          <p className="mt-2 flex flex-wrap gap-x-6">
            {!l.authorName && (
              <Link href={`/teach/lessons/${l.id}/edit`}>
                Review and edit<span className="sr-only"> “{l.title}”</span>
              </Link>
            )}
            {l.status === "published" ? (
              <Link href={`/lessons/${l.id}`}>
                Open<span className="sr-only"> “{l.title}”</span> as a student
              </Link>
            ) : (
              <Link href={`/teach/lessons/${l.id}/preview`}>
                Preview<span className="sr-only"> “{l.title}”</span>
              </Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
