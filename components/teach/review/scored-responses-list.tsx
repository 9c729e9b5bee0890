import Link from "next/link";
import { RUBRIC_LEVELS, type RubricLevel } from "@/lib/content/skills";

type Scored = { answerId: number; studentName: string; prompt: string; level: RubricLevel };

/** The responses already scored, each a link to open it again and change its level or comment. */
export function ScoredResponsesList({
  responses,
  hrefFor,
}: {
  responses: Scored[];
  hrefFor: (answerId: number) => string;
}) {
  if (responses.length === 0) return null;
  return (
    <section aria-labelledby="scored-heading" className="space-y-2">
      <h2 id="scored-heading" className="font-serif text-xl font-semibold">
        Scored
      </h2>
      <ul className="space-y-1 text-sm">
        {responses.map((r) => (
          <li key={r.answerId}>
            <Link href={hrefFor(r.answerId)}>
              {r.studentName}: {RUBRIC_LEVELS[r.level].label}
            </Link>{" "}
            <span className="text-muted">· {r.prompt.length > 90 ? `${r.prompt.slice(0, 87)}…` : r.prompt}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
