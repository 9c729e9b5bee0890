import type { Metadata } from "next";
import Link from "next/link";
import { StudentAssignments } from "@/components/home/student-assignments";
import { LessonCard } from "@/components/library/lesson-card";
import { listStudentAssignments, listStudentClasses } from "@/db/queries/student-assignments";
import { listAuthoredLessons } from "@/db/queries/teacher-lessons";
import { listLessons } from "@/lib/content/catalog";
import { requireUser, type SessionUser } from "@/server/session";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser(undefined, "/home");
  const [lessons, teachersLessons] = [listLessons(), await listAuthoredLessons(user.id)];
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Hello, {user.name}</h1>
      {user.role === "student" ? (
        <StudentWork user={user} />
      ) : (
        <p>
          Your classes and assignments are on the <Link href="/teach">Teaching</Link> page.
        </p>
      )}
      {teachersLessons.length > 0 && (
        <section aria-labelledby="teachers-lessons" className="space-y-3">
          <h2 id="teachers-lessons" className="font-serif text-2xl font-bold">
            {user.role === "student" ? "Lessons from your teachers" : "Teachers' lessons"}
          </h2>
          <ul className="space-y-2">
            {teachersLessons.map((l) => (
              <LessonCard key={l.id} lesson={l} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="lessons" className="space-y-3">
        <h2 id="lessons" className="font-serif text-2xl font-bold">
          {user.role === "student" ? "Practise any lesson" : "Lessons"}
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

async function StudentWork({ user }: { user: SessionUser }) {
  const [assignments, classes] = await Promise.all([listStudentAssignments(user.id), listStudentClasses(user.id)]);
  return (
    <>
      <section aria-labelledby="assignments-heading" className="space-y-3">
        <h2 id="assignments-heading" className="font-serif text-2xl font-bold">
          Your assignments
        </h2>
        <StudentAssignments assignments={assignments} timeZone={user.timeZone} now={new Date()} />
      </section>
      <section aria-labelledby="classes-heading" className="space-y-3">
        <h2 id="classes-heading" className="font-serif text-2xl font-bold">
          Your classes
        </h2>
        {classes.length === 0 ? (
          <p className="text-muted">You are not in a class yet. Your teacher gives you a code to join one.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {classes.map((c) => (
              <li key={c.id}>
                {c.name} <span className="text-muted">· {c.teacherName}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/join">Join a class</Link>
        </p>
      </section>
    </>
  );
}
