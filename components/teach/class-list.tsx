import Link from "next/link";
import type { ClassSummary } from "@/db/queries/classes";
import { plural } from "@/lib/plural";

function describe(c: ClassSummary): string {
  const parts = [c.section, c.schoolYear, plural(c.studentCount, "student")];
  if (c.otherTeacherName) parts.push(`teacher: ${c.otherTeacherName}`);
  return parts.filter(Boolean).join(" · ");
}

function ClassItems({ classes }: { classes: ClassSummary[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {classes.map((c) => (
        <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <p className="font-serif text-lg font-semibold">
            <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>
          </p>
          <p className="mt-1 text-sm text-muted">{describe(c)}</p>
        </li>
      ))}
    </ul>
  );
}

/** Active classes first; archived ones stay reachable, folded away. */
export function ClassList({ classes }: { classes: ClassSummary[] }) {
  const active = classes.filter((c) => !c.archived);
  const archived = classes.filter((c) => c.archived);
  return (
    <div className="space-y-4">
      {active.length === 0 ? (
        <p className="text-muted">No classes yet. Create one below, then give your students its join code.</p>
      ) : (
        <ClassItems classes={active} />
      )}
      {archived.length > 0 && (
        <details className="rounded-lg border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">Archived classes ({archived.length})</summary>
          <div className="mt-3">
            <ClassItems classes={archived} />
          </div>
        </details>
      )}
    </div>
  );
}
