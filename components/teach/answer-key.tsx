import Link from "next/link";
import { LEVELS, QUESTION_KIND_LABELS, SKILLS } from "@/lib/content/skills";
import type { Lesson } from "@/lib/content/types";
import { cn } from "@/components/ui/cn";

export function AnswerKey({ lesson }: { lesson: Lesson }) {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Answer key: {lesson.title}</h1>
      <p>
        <Link href={`/lessons/${lesson.id}`}>Preview the lesson as a student sees it</Link>
      </p>
      <p className="text-sm text-muted">
        Options are listed in their authored order. Each student sees them in an order drawn for them (the same on every
        visit to one attempt); options marked “stays in place” keep this position for everyone.
      </p>
      <ol className="space-y-6">
        {lesson.questions.map((q) => (
          <li key={q.id} className="rounded-lg border border-stone-200 bg-white p-5">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">
              {QUESTION_KIND_LABELS[q.kind]} · {SKILLS[q.skill]} · Level: {LEVELS[q.level]}
              {q.markEvidence && " · Two-tier: students then mark the evidence in the article"}
            </p>
            <p className="mt-1 font-semibold">{q.prompt}</p>
            <p className="mt-3 text-xs text-muted">
              {q.kind === "highlight"
                ? "Students mark sentences in the whole article. The sentences the question names, in article order (every other sentence of the article counts as a wrong pick):"
                : q.kind === "written"
                  ? "A written answer, scored by you with the rubric."
                  : "Options in authored order:"}
            </p>
            <ul className="mt-1 space-y-2">
              {q.options
                .filter((o) => !o.generated)
                .map((o) => {
                  const correct = q.answer.includes(o.id);
                  return (
                    <li
                      key={o.id}
                      className={cn(
                        "rounded border p-2 text-sm",
                        correct ? "border-green-700 bg-green-50" : "border-stone-200",
                      )}
                    >
                      <span className="font-semibold">{correct ? "Correct: " : "Wrong: "}</span>
                      {o.text}
                      {o.pinned && q.kind !== "highlight" && <span className="text-muted"> (stays in place)</span>}
                      {o.misconception && <span className="block text-muted">Misconception: {o.misconception}</span>}
                    </li>
                  );
                })}
            </ul>
            <p className="mt-3 text-sm">{q.explanation}</p>
            <div className="mt-2 text-sm text-muted">
              Evidence:
              <ul className="list-disc pl-5">
                {q.evidence.map((e) => (
                  <li key={`${e.source}-${e.start}`}>
                    <q>{e.quote}</q>
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
