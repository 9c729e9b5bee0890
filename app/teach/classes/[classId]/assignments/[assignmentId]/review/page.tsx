import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ResponseUnderReview } from "@/components/teach/review/response-under-review";
import { ReviewForm } from "@/components/teach/review/review-form";
import { ScoredResponsesList } from "@/components/teach/review/scored-responses-list";
import { getManagedAssignment } from "@/db/queries/assignments";
import { countReviews, getResponseForReview, listScoredResponses } from "@/db/queries/reviews";
import { reviewQueueHref } from "@/lib/assignments/review-href";
import { RUBRIC_LEVELS } from "@/lib/content/skills";
import { plural } from "@/lib/plural";
import { readFormResult } from "@/server/forms/read-result";
import { requireUser, TEACHER_ROLES } from "@/server/session";
import { scoreResponseAction } from "./actions";

export const metadata: Metadata = { title: "Review written answers" };

type Props = {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** An answer id from the address; anything else is no id (the queue's first response shows). */
const answerIdParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional().catch(undefined);

/**
 * One assignment's written answers, one at a time: the first awaiting review (or the one the
 * address names, to score again), the student's marks in the article, the rubric and a comment.
 */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { classId, assignmentId } = await params;
  const here = `/teach/classes/${classId}/assignments/${assignmentId}/review`;
  const user = await requireUser(TEACHER_ROLES, here);
  if (!z.uuid().safeParse(classId).success || !z.uuid().safeParse(assignmentId).success) notFound();
  const assignment = await getManagedAssignment(user, assignmentId);
  if (!assignment || assignment.classId !== classId) notFound();

  const query = await searchParams;
  const pick = { answerId: answerIdParam.parse(query.answer), after: answerIdParam.parse(query.after) };
  const saved = answerIdParam.parse(query.saved);
  const [response, counts, scored, justSaved, plainResult] = await Promise.all([
    getResponseForReview(user, assignmentId, pick),
    countReviews(assignmentId),
    listScoredResponses(assignmentId),
    saved ? getResponseForReview(user, assignmentId, { answerId: saved }) : null,
    // What the form posted without JavaScript left to show (a missing level, what was typed).
    readFormResult("score-response"),
  ]);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={`/teach/classes/${classId}`}>← {assignment.className}</Link> ·{" "}
          <Link href={`/teach/classes/${classId}/assignments/${assignmentId}/report`}>Assignment report</Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">Review written answers: {assignment.lessonTitle}</h1>
        <p className="text-muted">
          {plural(counts.awaiting, "answer")} awaiting review · {counts.scored} scored
        </p>
      </header>
      {justSaved?.review && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
          Saved: {justSaved.studentName}, {RUBRIC_LEVELS[justSaved.review.level].label}.
        </p>
      )}
      {pick.answerId !== undefined && !response && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
          That answer is not one of this assignment&apos;s written answers.{" "}
          <Link href={reviewQueueHref(classId, assignmentId)}>Open the queue</Link>
        </p>
      )}
      {response ? (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <ResponseUnderReview response={response} timeZone={user.timeZone} />
          <section aria-labelledby="score-heading" className="space-y-3 lg:sticky lg:top-4 lg:self-start">
            <h2 id="score-heading" className="font-serif text-xl font-semibold">
              {response.review ? "Score again" : "Score"}
            </h2>
            <p className="text-sm text-muted">Keys: 1, 2, 3 choose a level · C comment · Enter save and next</p>
            <ReviewForm
              key={response.answerId}
              action={scoreResponseAction}
              plain={{ action: `${here}/submit`, state: plainResult }}
              assignmentId={assignmentId}
              answerId={response.answerId}
              rubric={response.rubric}
              current={response.review}
            />
            {!response.review && counts.awaiting > 1 && (
              <p className="text-sm">
                <Link href={reviewQueueHref(classId, assignmentId, { after: response.answerId })}>
                  Skip for now: the next answer
                </Link>
              </p>
            )}
          </section>
        </div>
      ) : (
        pick.answerId === undefined && (
          <p className="rounded-lg border border-stone-200 bg-white p-5">
            {counts.scored > 0
              ? "Nothing awaits review: every written answer to this assignment is scored."
              : "No written answers yet: students' answers appear here as they send them."}
          </p>
        )
      )}
      <ScoredResponsesList
        responses={scored}
        hrefFor={(answerId) => reviewQueueHref(classId, assignmentId, { answer: answerId })}
      />
    </div>
  );
}
