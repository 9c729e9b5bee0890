import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ClassPageView } from "@/components/teach/class-page-view";
import { assignableBuiltInLessons } from "@/lib/content/catalog";
import { readFormResult } from "@/server/forms/read-result";
import { addStudentsResultSchema } from "@/server/forms/rosters";
import { computeClassPage } from "@/server/reports/class-page";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { listAssignableAuthoredLessons } from "@/db/queries/teacher-lessons";
import { CLASS_PAGE_ACTIONS } from "./class-page-actions";

export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ classId: string }> };

/**
 * The class page rendered per request: for browsers without JavaScript (`?plain`, which the
 * prerendered page links to and the forms' plain endpoints send back to). With JavaScript the
 * proxy serves the prerendered file (../live-class) for this address.
 */
export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}`);
  if (!z.uuid().safeParse(classId).success) notFound();
  const [page, authoredLessons, assignmentResult, addStudentsResult] = await Promise.all([
    computeClassPage(user, classId),
    listAssignableAuthoredLessons(user),
    // What a form posted without JavaScript left to show (lib/forms): the new logins, once.
    readFormResult("create-assignment"),
    readFormResult("add-students", addStudentsResultSchema),
  ]);
  // Someone else's class looks exactly like a missing one.
  if (!page) notFound();
  return (
    <ClassPageView
      {...page}
      builtInLessons={assignableBuiltInLessons()}
      authoredLessons={authoredLessons}
      timeZone={user.timeZone}
      showTeacher={user.role === "admin"}
      actions={CLASS_PAGE_ACTIONS}
      plain={{ assignment: assignmentResult, addStudents: addStudentsResult }}
    />
  );
}
