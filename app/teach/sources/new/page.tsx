import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LoadingBlock } from "@/components/layout/loading-block";
import { ImportSourceForm } from "@/components/teach/import/import-source-form";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { prepareImportAction, saveImportedSourceAction } from "../actions";

export const metadata: Metadata = { title: "Import an article" };

export default function ImportSourcePage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/teach">← Teaching</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Import an article</h1>
      <p className="text-muted">
        Bring this week&apos;s news: Byline cleans the page, finds who said what and who reported what, and drafts
        questions for you to review before any student sees them. The lesson stays yours: your classes see it once you
        publish it.
      </p>
      <Suspense fallback={<LoadingBlock label="Loading…" />}>
        <TeacherOnly />
      </Suspense>
    </div>
  );
}

async function TeacherOnly() {
  await requireUser(TEACHER_ROLES, "/teach/sources/new");
  return <ImportSourceForm prepare={prepareImportAction} save={saveImportedSourceAction} />;
}
