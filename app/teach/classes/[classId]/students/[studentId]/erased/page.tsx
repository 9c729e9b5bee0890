import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { buttonVariants } from "@/components/ui/button";
import { getManagedClass } from "@/db/queries/classes";
import { accountExists } from "@/db/queries/privacy";
import { requireUser, TEACHER_ROLES } from "@/server/session";

export const metadata: Metadata = { title: "Student erased" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

/** Where an erasure lands: it says what happened, and only when the account is really gone. */
export default async function StudentErasedPage({ params }: Props) {
  const { classId, studentId } = await params;
  const user = await requireUser(TEACHER_ROLES, `/teach/classes/${classId}`);
  if (!z.uuid().safeParse(classId).success || !z.uuid().safeParse(studentId).success) notFound();
  const [klass, exists] = await Promise.all([getManagedClass(user, classId), accountExists(studentId)]);
  if (!klass || exists) notFound();
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="font-serif text-3xl font-bold">Student erased</h1>
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 font-medium text-green-900">
        The student&apos;s account and all their data have been erased: their class memberships, attempts and answers
        are gone, and the class reports no longer count them.
      </p>
      <p>
        <Link href={`/teach/classes/${classId}`} className={buttonVariants()}>
          Back to {klass.name}
        </Link>
      </p>
    </div>
  );
}
