import { ArticleBody } from "@/components/reader/article-body";
import { formatDateTime } from "@/components/ui/format-date-time";
import type { ResponseForReview } from "@/db/queries/reviews";
import { RUBRIC_LEVELS } from "@/lib/content/skills";

/**
 * A written answer as its teacher scores it: the question, the student's words, the passages
 * they marked shown in the article itself, and (folded) the model answer with the evidence.
 */
export function ResponseUnderReview({ response, timeZone }: { response: ResponseForReview; timeZone: string }) {
  const marks = response.marks ?? [];
  const marked = response.sources.filter((s) => marks.some((m) => m.source === s.id));
  return (
    <section aria-labelledby="response-heading" className="space-y-4">
      <h2 id="response-heading" className="font-serif text-xl font-semibold">
        {response.studentName}
      </h2>
      <p className="text-sm text-muted">
        Sent {formatDateTime(response.answeredAt, timeZone)}
        {response.review &&
          ` · scored ${RUBRIC_LEVELS[response.review.level].label} ${formatDateTime(new Date(response.review.reviewedAt), timeZone)}`}
      </p>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Question</h3>
        <p>{response.prompt}</p>
      </div>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">Their answer</h3>
        <p className="whitespace-pre-line rounded-md border border-stone-300 bg-white p-3 font-serif text-lg">
          {response.response}
        </p>
      </div>
      {response.markCredit !== null && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">Words they marked in the article</h3>
          {marked.length === 0 ? (
            <p className="text-sm">They marked nothing.</p>
          ) : (
            <>
              <p className="text-sm text-muted">
                Highlighted below. Their marks match the question&apos;s evidence at{" "}
                {Math.round(response.markCredit * 100)}% credit (the rule students are told: overlap with the
                evidence&apos;s sentences).
              </p>
              {marked.map((s) => (
                <details key={s.id} open className="rounded-md border border-stone-200 bg-white p-3">
                  <summary className="cursor-pointer font-semibold">
                    {s.outlet}: {s.title}
                  </summary>
                  {/* Scrolls on its own: focusable, so a keyboard can scroll it too. */}
                  <div
                    className="mt-3 max-h-[28rem] overflow-y-auto focus-visible:outline-3 focus-visible:outline-accent"
                    tabIndex={0}
                    role="region"
                    aria-label={`${s.outlet}, with the student's marks highlighted`}
                  >
                    <ArticleBody body={s.body} highlights={marks.filter((m) => m.source === s.id)} />
                  </div>
                </details>
              ))}
            </>
          )}
        </div>
      )}
      <details className="rounded-md border border-stone-200 bg-stone-50 p-3">
        <summary className="cursor-pointer font-semibold">Model answer and the evidence</summary>
        <div className="mt-3 space-y-3">
          <p className="whitespace-pre-line font-serif">{response.modelAnswer}</p>
          <p className="text-sm">{response.explanation}</p>
          {response.evidence.map((e) => (
            <blockquote key={`${e.source}-${e.start}`} className="border-l-4 border-evidence py-1 pl-3 font-serif">
              {e.quote}
            </blockquote>
          ))}
        </div>
      </details>
    </section>
  );
}
