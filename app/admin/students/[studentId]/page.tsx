import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EraseStudentForm } from "@/components/privacy/erase-student-form";
import { StudentDataSection } from "@/components/privacy/student-data-section";
import { getStudentPrivacySummary } from "@/db/queries/privacy";
import { getStudentAccountAccess } from "@/db/queries/student-account-access";
import { accountRefusals } from "@/lib/privacy/student-account-refusals";
import { requireUser } from "@/server/session";
import { eraseStudentAction } from "../actions";

export const metadata: Metadata = { title: "Student's data" };

type Props = { params: Promise<{ studentId: string }> };

export default async function AdminStudentPage({ params }: Props) {
  const { studentId } = await params;
  const user = await requireUser(["admin"], `/admin/students/${studentId}`);
  const valid = z.uuid().safeParse(studentId).success;
  const [summary, access] = valid
    ? await Promise.all([getStudentPrivacySummary(user, studentId), getStudentAccountAccess(user, studentId)])
    : [null, null];
  if (!summary || !access) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/admin/students">← Students&apos; data</Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">{summary.name}</h1>
        <p className="text-muted">
          Signs in with <span className="font-mono">{summary.login}</span>
        </p>
      </header>
      <section aria-labelledby="classes-heading" className="space-y-2">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Classes
        </h2>
        {summary.classes.length === 0 ? (
          <p className="text-muted">Not in any class.</p>
        ) : (
          <ul className="list-disc pl-6">
            {summary.classes.map((c) => (
              <li key={c.id}>
                <Link href={`/teach/classes/${c.id}`}>{c.name}</Link> <span className="text-muted">({c.teacher})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StudentDataSection
        summary={summary}
        downloadHref={`/admin/students/${summary.id}/data`}
        viewerIsAdmin
        eraseForm={
          <EraseStudentForm action={eraseStudentAction} fields={{ studentId: summary.id }} name={summary.name} />
        }
        eraseRefusal={accountRefusals(access).erase}
      />
    </div>
  );
}
