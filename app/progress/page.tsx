import type { Metadata } from "next";
import Link from "next/link";
import { SkillMasteryTable } from "@/components/progress/skill-mastery-table";
import { formatDateTime } from "@/components/ui/format-date-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listCompletedAttempts, listSkillScores } from "@/db/queries/progress";
import { bestLessonForSkill } from "@/lib/content/catalog";
import {
  MIN_ANSWERS,
  RECENT_WINDOW,
  STRONG,
  STRONG_MIN_ANSWERS,
  nextSkillToPractise,
  summarizeMastery,
} from "@/lib/mastery";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "My progress" };

export default async function ProgressPage() {
  const user = await requireUser(undefined, "/progress");
  const [scores, attempts] = await Promise.all([listSkillScores(user.id), listCompletedAttempts(user.id)]);
  const skills = summarizeMastery(scores);
  const next = nextSkillToPractise(skills);
  const suggestion = next && bestLessonForSkill(next.skill);
  const lessonsDone = new Set(attempts.map((a) => a.lessonId)).size;
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">My progress</h1>
      <section aria-labelledby="next-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="next-heading" className="text-xl font-semibold">
          What to practise next
        </h2>
        {next && suggestion ? (
          <p className="mt-2">
            <strong>{next.label}</strong>: try <Link href={`/lessons/${suggestion.id}`}>{suggestion.title}</Link>.
          </p>
        ) : (
          <p className="mt-2">Every skill is strong. Try a lesson again to keep it that way.</p>
        )}
      </section>
      <section aria-labelledby="skills-heading" className="space-y-3">
        <h2 id="skills-heading" className="text-xl font-semibold">
          Skills
        </h2>
        <SkillMasteryTable skills={skills} />
        <p className="text-sm text-muted">
          A skill&apos;s score is the average of your last {RECENT_WINDOW} answers in it, so recent work counts most.
          You get a level after {MIN_ANSWERS} answers; &ldquo;Strong&rdquo; means {Math.round(STRONG * 100)}% or more
          over at least {STRONG_MIN_ANSWERS} answers.
        </p>
      </section>
      <section aria-labelledby="attempts-heading" className="space-y-3">
        <h2 id="attempts-heading" className="text-xl font-semibold">
          Lessons done <span className="text-base font-normal text-muted">({lessonsDone})</span>
        </h2>
        {attempts.length === 0 ? (
          <p className="text-muted">
            No finished lessons yet. Start with one from the <Link href="/library">library</Link>.
          </p>
        ) : (
          <Table scrollLabel="Finished lessons">
            <TableHeader>
              <TableHead>Lesson</TableHead>
              <TableHead>Attempt</TableHead>
              <TableHead>Score</TableHead>
              <TableHead>Finished</TableHead>
            </TableHeader>
            <TableBody>
              {attempts.map((a) => (
                <TableRow key={`${a.lessonId}-${a.number}`}>
                  <TableCell>
                    <Link href={`/lessons/${a.lessonId}`}>{a.title}</Link>
                  </TableCell>
                  <TableCell className="tabular-nums">{a.number}</TableCell>
                  <TableCell className="tabular-nums">
                    {a.score === null ? "not scored yet" : `${Math.round(a.score * 100)}%`}
                    {a.awaitingReview > 0 && ` (${a.awaitingReview} awaiting review)`}
                  </TableCell>
                  <TableCell>{formatDateTime(a.completedAt, user.timeZone)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
