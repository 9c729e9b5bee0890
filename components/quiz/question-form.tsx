"use client";

import { startTransition, useLayoutEffect, useRef } from "react";
import type { AnswerFeedback } from "@/lib/grading/answer-feedback";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ShownQuestion } from "@/lib/quiz/quiz-view";
import { TextareaField } from "@/components/ui/textarea-field";
import { MAX_RESPONSE } from "@/lib/validations/limits";
import { EvidenceMarker } from "./evidence-marker";

type Props = {
  question: ShownQuestion;
  lessonId: string;
  /** The assignment this attempt belongs to; none for practice. */
  assignmentId?: string | null;
  /** The attempt the options' order was drawn for; absent on a locked (answered) form. */
  attempt?: number;
  /** Present once answered: the form is locked and each option says how it was judged. */
  feedback?: AnswerFeedback;
  action?: (formData: FormData) => void;
  pending?: boolean;
  error?: string;
  autoFocus?: boolean;
  onSubmitQuestion?: () => void;
};

export function QuestionForm({
  question,
  lessonId,
  assignmentId,
  attempt,
  feedback,
  action,
  pending = false,
  error,
  autoFocus = false,
  onSubmitQuestion,
}: Props) {
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const timeSpent = useRef<HTMLInputElement>(null);
  const highlight = question.kind === "highlight";
  const written = question.kind === "written";

  // Before paint: the button that moved the student on is gone, and focus must not rest on the page.
  useLayoutEffect(() => {
    shownAt.current = performance.now();
    if (autoFocus) heading.current?.focus();
    // Only when a question first appears: later renders must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    // Without JavaScript the form posts to the plain answer endpoint (post/redirect/get); with it,
    // the server action grades in place and nothing else on the page re-renders.
    <form
      method="post"
      action={`/lessons/${lessonId}/answer`}
      onSubmit={(event) => {
        event.preventDefault();
        if (feedback || !action || pending) return;
        if (timeSpent.current) timeSpent.current.value = String(Math.round(performance.now() - shownAt.current));
        onSubmitQuestion?.();
        const formData = new FormData(event.currentTarget);
        startTransition(() => action(formData));
      }}
      className="space-y-4"
      aria-labelledby={`q-${question.id}`}
    >
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="questionId" value={question.id} />
      {assignmentId && <input type="hidden" name="assignmentId" value={assignmentId} />}
      {attempt !== undefined && <input type="hidden" name="attempt" value={attempt} />}
      <input ref={timeSpent} type="hidden" name="timeSpentMs" defaultValue="" />
      <fieldset disabled={Boolean(feedback) || pending} className="space-y-3">
        <legend className="contents">
          <h2 ref={heading} id={`q-${question.id}`} tabIndex={-1} className="font-serif text-xl font-semibold">
            {question.prompt}
          </h2>
        </legend>

        {highlight ? null : written ? (
          <TextareaField
            id={`response-${question.id}`}
            name="response"
            label="Your answer"
            hint="A few sentences in your own words. Say what in the article shows it."
            rows={6}
            maxLength={MAX_RESPONSE}
            required
            defaultValue={feedback?.written?.response}
          />
        ) : (
          <ul className="space-y-2">
            {question.options.map((option) => (
              <li key={option.id}>
                <OptionControl
                  option={option}
                  verdict={feedback ? verdictFor(option.id, feedback.chosen, feedback.answer) : undefined}
                  defaultChecked={feedback?.chosen.includes(option.id)}
                />
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {question.markable && (
        <EvidenceMarker
          articles={question.markable}
          purpose={highlight ? "sentences" : "evidence"}
          locked={feedback ? (feedback.marking?.marks ?? feedback.marks ?? []) : undefined}
        />
      )}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {error}
        </p>
      )}
      {!feedback && (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus it holds.
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? (written ? "Sending…" : "Checking…") : written ? "Send answer" : "Check answer"}
        </Button>
      )}
    </form>
  );
}

type Verdict = "chosen-right" | "chosen-wrong" | "missed" | "other";

function verdictFor(id: string, chosen: string[], answer: string[]): Verdict {
  const isKey = answer.includes(id);
  if (chosen.includes(id)) return isKey ? "chosen-right" : "chosen-wrong";
  return isKey ? "missed" : "other";
}

// Every judgement is spelled out in words; colour and border only repeat it.
const VERDICT_TEXT: Record<Verdict, { label: string; className: string }> = {
  "chosen-right": { label: "Your choice: correct", className: "border-green-700 bg-green-50" },
  "chosen-wrong": { label: "Your choice: not correct", className: "border-red-700 bg-red-50" },
  missed: { label: "Correct answer", className: "border-green-700 border-dashed" },
  other: { label: "", className: "border-stone-300" },
};

/** One option of a multiple-choice question (a highlight item is answered by marking the article). */
function OptionControl(props: { option: { id: string; text: string }; verdict?: Verdict; defaultChecked?: boolean }) {
  const { option, verdict, defaultChecked } = props;
  const id = `option-${option.id}`;
  const v = verdict ? VERDICT_TEXT[verdict] : undefined;
  return (
    <label
      htmlFor={id}
      className={cn(
        "flex cursor-pointer items-start gap-3 rounded-md border bg-white p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent",
        v?.className ?? "border-stone-300 hover:border-accent",
      )}
    >
      <input
        id={id}
        type="radio"
        name="chosen"
        value={option.id}
        defaultChecked={defaultChecked}
        className="mt-1 size-4 shrink-0"
      />
      <span>
        {option.text}
        {v?.label && <span className="mt-1 block text-sm font-semibold">{v.label}</span>}
      </span>
    </label>
  );
}
