"use client";

import { useEffect, useRef } from "react";
import { lessonQuizHref } from "@/lib/assignments/status";
import type { AnswerFeedback } from "@/lib/grading/answer-feedback";
import { Button } from "@/components/ui/button";
import { evidenceText, highlightEvidence } from "./evidence-highlight";
import { cn } from "@/components/ui/cn";

type Props = {
  feedback: AnswerFeedback;
  options: { id: string; text: string }[];
  lessonId: string;
  /** Kept in the "next question" link so an assignment's attempt stays the one shown. */
  assignmentId?: string | null;
  /** With JavaScript: move on within the page. Without it, the button is a plain GET of the no-JavaScript quiz. */
  onNext?: () => void;
  moving?: boolean;
};

function verdict(f: AnswerFeedback): string {
  if (f.written) {
    if (f.written.review) return `Your teacher's score: ${f.written.review.label}`;
    return f.written.forTeacher
      ? "Sent to your teacher: awaiting review"
      : "Answer kept: compare it with the model answer";
  }
  if (f.marking) {
    const found =
      f.marking.credit >= 1 ? "evidence found" : f.marking.credit > 0 ? "evidence partly found" : "evidence not found";
    return `${f.correct ? "Right answer" : "Not the right answer"}, ${found}`;
  }
  if (f.correct) return "Correct";
  if (f.score !== null && f.score > 0) return `Partly right: ${Math.round(f.score * 100)}% of the sentences`;
  return "Not quite";
}

/** A highlight item's sentence, judged in words: marked or not, and whether the question asks for it. */
function sentenceVerdict(f: AnswerFeedback, id: string): string {
  const marked = f.chosen.includes(id);
  const asked = f.answer.includes(id);
  if (marked) return asked ? "You marked it, and it fits." : "You marked it, but it does not fit.";
  return "You did not mark it, but it fits.";
}

export function AnswerFeedbackPanel({ feedback, options, lessonId, assignmentId, onNext, moving = false }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Rendered on the server only after a plain form post, when the quotes come along; an answer
  // given through the action renders here in the browser, where the article already holds them.
  const quotes = feedback.evidence.map((e) => e.quote ?? (typeof document === "undefined" ? "" : evidenceText(e)));

  useEffect(() => {
    highlightEvidence(feedback.evidence);
    heading.current?.focus();
  }, [feedback]);

  const showInArticle = () => {
    const reveal = () => highlightEvidence(feedback.evidence)?.scrollIntoView({ behavior: "smooth", block: "center" });
    // On a phone the article is another tab: the lesson's panels open it first (lesson-panels.tsx).
    const event = new CustomEvent("byline:show-articles", { cancelable: true, detail: { reveal } });
    if (window.dispatchEvent(event)) reveal();
  };
  const textOf = (id: string) => options.find((o) => o.id === id)?.text;

  return (
    <div
      className={cn(
        "space-y-4 rounded-lg border-2 bg-white p-4",
        feedback.written
          ? "border-stone-500"
          : feedback.correct && (feedback.marking?.credit ?? 1) >= 1
            ? "border-green-700"
            : "border-amber-700",
      )}
    >
      <h3 ref={heading} tabIndex={-1} className="text-lg font-bold">
        {verdict(feedback)}
      </h3>
      {feedback.feedback.length > 0 && (
        <ul className="space-y-2 text-sm">
          {feedback.feedback.map((f) => (
            <li key={f.optionId}>
              {feedback.marks && <span className="block font-semibold">{sentenceVerdict(feedback, f.optionId)}</span>}
              {textOf(f.optionId) && <span className="font-semibold">“{textOf(f.optionId)}”: </span>}
              {f.text}
            </li>
          ))}
        </ul>
      )}
      {feedback.written && <WrittenSummary written={feedback.written} />}
      <p>{feedback.explanation}</p>
      {feedback.marking && <MarkingSummary marking={feedback.marking} score={feedback.score} />}
      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Evidence in the article</h4>
        {feedback.evidence.map((e, i) => (
          <blockquote
            key={`${e.source}-${e.start}`}
            className="border-l-4 border-evidence bg-amber-50 py-1 pl-3 font-serif"
          >
            {quotes[i]}
          </blockquote>
        ))}
        <button type="button" onClick={showInArticle} className="text-sm font-medium text-accent underline">
          Show the evidence in the article
        </button>
      </div>
      {/* A GET form: without JavaScript it simply loads the next question; with it, only the quiz re-renders. */}
      <form
        method="get"
        action={lessonQuizHref(lessonId)}
        onSubmit={(event) => {
          if (!onNext) return;
          event.preventDefault();
          onNext();
        }}
      >
        {assignmentId && <input type="hidden" name="assignment" value={assignmentId} />}
        <Button type="submit" disabled={moving}>
          {feedback.finished ? "See your results" : "Next question"}
        </Button>
      </form>
    </div>
  );
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** How the student's marks compare with the evidence, in words (the article shows both). */
function MarkingSummary({ marking, score }: { marking: NonNullable<AnswerFeedback["marking"]>; score: number | null }) {
  return (
    <div className="space-y-1 rounded-md bg-stone-50 p-3 text-sm">
      <h4 className="font-semibold">Your evidence</h4>
      {marking.marks.length === 0 ? (
        <p>You marked nothing in the article. The evidence is highlighted below and in the article.</p>
      ) : (
        <p>
          Your marks cover {percent(marking.recall)} of the evidence, and {percent(1 - marking.precision)} of what you
          marked lies outside it. In the article your marks are underlined; the evidence is highlighted in yellow.
        </p>
      )}
      {score === null ? (
        <p>Your teacher sees your marks beside your answer.</p>
      ) : (
        <p>
          Score for this question: {Math.round(score * 100) / 100} of 1 (half for the answer, half for the evidence).
        </p>
      )}
    </div>
  );
}

/** The model answer to compare with (the locked form above still shows what was written), and the teacher's comment once scored. */
function WrittenSummary({ written }: { written: NonNullable<AnswerFeedback["written"]> }) {
  return (
    <div className="space-y-3 text-sm">
      {written.review ? (
        written.review.comment && (
          <div>
            <h4 className="font-semibold">Your teacher&apos;s comment</h4>
            <p className="whitespace-pre-line">{written.review.comment}</p>
          </div>
        )
      ) : (
        <p>
          {written.forTeacher
            ? "Your teacher will score it with the rubric; until then it counts in neither your score nor your progress."
            : "Practice answers are not scored. Compare yours with the model answer below."}
        </p>
      )}
      <div>
        <h4 className="font-semibold">Model answer</h4>
        <p className="whitespace-pre-line border-l-4 border-accent py-1 pl-3 font-serif">{written.modelAnswer}</p>
      </div>
    </div>
  );
}
