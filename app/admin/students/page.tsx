import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { searchStudents } from "@/db/queries/privacy";
import { plural } from "@/lib/plural";
import { studentSearchSchema } from "@/lib/validations/privacy";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Students' data" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default function AdminStudentsPage({ searchParams }: Props) {
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin">← Admin</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Students&apos; data</h1>
      <p className="text-muted">
        Find a student to download a copy of their data or to erase their account, for example when a student or a
        parent asks. Teachers can do both for students who are only in their own classes.
      </p>
      <Suspense fallback={<LoadingBlock />}>
        <Search searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Search({ searchParams }: Props) {
  await requireUser(["admin"], "/admin/students");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q : "";
  const parsed = q ? studentSearchSchema.safeParse({ q }) : null;
  const results = parsed?.success ? await searchStudents(parsed.data.q) : null;
  return (
    <>
      {params.erased === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 font-medium text-green-900">
          The student&apos;s account and all their data have been erased.
        </p>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
        <div className="min-w-64 flex-1">
          <Field
            name="q"
            label="Name, email or username"
            defaultValue={q}
            errors={parsed && !parsed.success ? parsed.error.issues.map((i) => i.message) : undefined}
          />
        </div>
        <Button type="submit">Find students</Button>
      </form>
      {results && (
        <section aria-labelledby="results-heading" className="space-y-2">
          <h2 id="results-heading" className="text-xl font-semibold">
            {results.length === 0 ? "No student accounts match" : `Students matching “${parsed?.data?.q}”`}
          </h2>
          {results.length > 0 && (
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {results.map((s) => (
                <li key={s.id} className="flex flex-wrap justify-between gap-2 p-3">
                  <Link href={`/admin/students/${s.id}`}>{s.name}</Link>
                  <span className="text-sm text-muted">
                    {s.login} · {plural(s.classCount, "class", "classes")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
