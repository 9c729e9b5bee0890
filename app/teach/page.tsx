import type { Metadata } from "next";
import Link from "next/link";
import { ClassDetailsForm } from "@/components/teach/class-details-form";
import { ClassList } from "@/components/teach/class-list";
import { TeacherLessonList } from "@/components/teach/lessons/teacher-lesson-list";
import { buttonVariants } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { listManagedClasses } from "@/db/queries/classes";
import { listTeacherLessons } from "@/db/queries/teacher-lessons";
import { listLessons } from "@/lib/content/catalog";
import { readFormResult } from "@/server/forms/read-result";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { createClassAction } from "./actions";

export const metadata: Metadata = { title: "Teaching" };

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function TeachPage({ searchParams }: Props) {
  const user = await requireUser(TEACHER_ROLES, "/teach");
  // After deleting a lesson, its review page sends the teacher here.
  const lessonDeleted = (await searchParams).deleted === "lesson";
  const [classes, ownLessons, createClassResult] = await Promise.all([
    listManagedClasses(user),
    listTeacherLessons(user),
    readFormResult("create-class"),
  ]);
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Teaching</h1>
      <section aria-labelledby="classes-heading" className="space-y-4">
        <h2 id="classes-heading" className="font-serif text-2xl font-bold">
          {user.role === "admin" ? "All classes" : "Your classes"}
        </h2>
        <ClassList classes={classes} />
        <h3 id="create-class" className="text-lg font-semibold">
          Create a class
        </h3>
        <ClassDetailsForm
          action={createClassAction}
          submitLabel="Create class"
          plain={{ action: "/teach/classes", state: createClassResult }}
        />
      </section>
      <section aria-labelledby="own-lessons-heading" className="space-y-4">
        <h2 id="own-lessons-heading" className="font-serif text-2xl font-bold">
          Your lessons
        </h2>
        <p>
          <Link href="/teach/sources/new" className={buttonVariants()}>
            Import an article
          </Link>
        </p>
        <FormMessage message={lessonDeleted ? "Lesson deleted." : undefined} tone="success" />
        <TeacherLessonList lessons={ownLessons} />
      </section>
      <LessonCatalogue />
    </div>
  );
}

function LessonCatalogue() {
  const lessons = listLessons();
  return (
    <section aria-labelledby="catalogue-heading" className="space-y-4">
      <h2 id="catalogue-heading" className="font-serif text-2xl font-bold">
        Lesson catalogue
      </h2>
      <p className="text-muted">
        Every built-in lesson, with its sources, skills and answer key. A preview shows the lesson as students see it;
        your own answers there never count in class reports.
      </p>
      <ul className="space-y-4">
        {lessons.map((l) => (
          <li key={l.id} className="rounded-lg border border-stone-200 bg-white p-5">
            <h3 className="font-serif text-xl font-semibold">{l.title}</h3>
            <p className="mt-1 text-sm text-muted">
              {l.questionCount} questions · about {l.estimatedMinutes} min ·{" "}
              {l.sources.map((s) => s.outlet).join(" and ")}
              {l.demo && " · demo lesson (open to guests, not assignable)"}
            </p>
            <p className="mt-2 text-sm">Skills: {l.skills.map((s) => s.label).join(", ")}</p>
            <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
              <Link href={`/lessons/${l.id}`}>
                Preview<span className="sr-only"> “{l.title}”</span> as a student
              </Link>
              <Link href={`/teach/lessons/${l.id}`}>
                Answer key<span className="sr-only"> for “{l.title}”</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
