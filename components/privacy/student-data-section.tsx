import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import type { StudentPrivacySummary } from "@/db/queries/privacy";
import { plural } from "@/lib/plural";

type Props = {
  summary: StudentPrivacySummary;
  /** The JSON download's address. */
  downloadHref: string;
  viewerIsAdmin: boolean;
  /** The erase form, shown when the viewer may erase this student. */
  eraseForm: ReactNode;
  /** Why the viewer may not erase this student (shown instead of the form), or null when they may. */
  eraseRefusal: string | null;
};

/** A student's data for their teacher or an administrator: a copy to download, and erasure. */
export function StudentDataSection({ summary, downloadHref, viewerIsAdmin, eraseForm, eraseRefusal }: Props) {
  return (
    <section aria-labelledby="data-heading" className="space-y-3">
      <h2 id="data-heading" className="font-serif text-2xl font-bold">
        Data and erasure
      </h2>
      <p>
        {viewerIsAdmin &&
          `${summary.name} has ${plural(summary.attempts, "attempt")} and ${plural(summary.answers, "answer")} in Byline. `}
        A copy of their data is a JSON file: give it to the student or their parents when they ask for one.
      </p>
      <p>
        <a href={downloadHref} download className={buttonVariants({ variant: "secondary" })}>
          Download {summary.name}&apos;s data (JSON)
        </a>
      </p>
      {!viewerIsAdmin && (
        <p className="text-sm text-muted">
          Your download holds their account and their work in your classes. Their own practice and other teachers&apos;
          classes are left out; the student can download everything from their Account page.
        </p>
      )}
      {eraseRefusal ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950">{eraseRefusal}</p>
      ) : (
        <details>
          <summary className="cursor-pointer text-red-800 underline underline-offset-2">
            Erase {summary.name}&apos;s account and data…
          </summary>
          <div className="mt-3">{eraseForm}</div>
        </details>
      )}
    </section>
  );
}
