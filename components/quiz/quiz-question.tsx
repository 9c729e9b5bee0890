"use client";

import { useActionState, useEffect, useRef } from "react";
import { submitAnswerAction, type AnswerState } from "@/app/lessons/[id]/actions";
import { Button } from "@/components/ui/button";
import { AnswerFeedbackPanel } from "./answer-feedback-panel";
import { clearEvidence } from "./evidence-highlight";
import { takeFocusRequest } from "./focus-next-question";
import { ProgressBar } from "./progress-bar";

export type QuizQuestionProps = {
  lessonId: string;
  question: {
    id: string;
    kind: string;
    prompt: string;
    options: { id: string; text: string }[];
  };
  answered: number;
  total: number;
};

export function QuizQuestion({ lessonId, question, answered, total }: QuizQuestionProps) {
  const [state, formAction, pending] = useActionState<AnswerState, FormData>(submitAnswerAction, {}, `/lessons/${lessonId}`);
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const timeSpent = useRef<HTMLInputElement>(null);
  const highlight = question.kind === "highlight";
  const feedback = state.feedback?.questionId === question.id ? state.feedback : undefined;

  useEffect(() => {
    shownAt.current = performance.now();
    clearEvidence();
    if (takeFocusRequest()) heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby={`q-${question.id}`} className="space-y-4">
      <ProgressBar answered={feedback ? feedback.answered : answered} total={total} />
      {state.feedback && !feedback && (
        <AnswerFeedbackPanel feedback={state.feedback} options={[]} lessonId={lessonId} previous />
      )}
      <form
        action={formAction}
        onSubmit={() => {
          if (timeSpent.current) timeSpent.current.value = String(Math.round(performance.now() - shownAt.current));
        }}
        className="space-y-4"
      >
        <input type="hidden" name="lessonId" value={lessonId} />
        <input type="hidden" name="questionId" value={question.id} />
        <input ref={timeSpent} type="hidden" name="timeSpentMs" defaultValue="" />
        <fieldset disabled={Boolean(feedback) || pending} className="space-y-3">
          <legend className="contents">
            <h2 ref={heading} id={`q-${question.id}`} tabIndex={-1} className="font-serif text-xl font-semibold">
              {question.prompt}
            </h2>
          </legend>
          {highlight && <p className="text-sm text-muted">Select every sentence that fits. Leave the others unselected.</p>}
          <ul className="space-y-2">
            {question.options.map((option) => (
              <li key={option.id}>
                <OptionControl
                  name="chosen"
                  type={highlight ? "checkbox" : "radio"}
                  option={option}
                  verdict={feedback ? verdictFor(option.id, feedback.chosen, feedback.answer) : undefined}
                  defaultChecked={feedback?.chosen.includes(option.id)}
                  serif={highlight}
                />
              </li>
            ))}
          </ul>
        </fieldset>
        {state.error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
            {state.error}
          </p>
        )}
        {!feedback && (
          <Button type="submit" disabled={pending}>
            {pending ? "Checking…" : "Check answer"}
          </Button>
        )}
      </form>
      {feedback && <AnswerFeedbackPanel feedback={feedback} options={question.options} lessonId={lessonId} />}
    </section>
  );
}

type Verdict = "chosen-right" | "chosen-wrong" | "missed" | "other";

function verdictFor(id: string, chosen: string[], answer: string[]): Verdict {
  const isKey = answer.includes(id);
  if (chosen.includes(id)) return isKey ? "chosen-right" : "chosen-wrong";
  return isKey ? "missed" : "other";
}

const VERDICT_TEXT: Record<Verdict, { label: string; className: string }> = {
  "chosen-right": { label: "Your choice: correct", className: "border-green-700 bg-green-50" },
  "chosen-wrong": { label: "Your choice: not correct", className: "border-red-700 bg-red-50" },
  missed: { label: "Correct answer", className: "border-green-700 border-dashed" },
  other: { label: "", className: "border-stone-300" },
};

function OptionControl({
  name,
  type,
  option,
  verdict,
  defaultChecked,
  serif,
}: {
  name: string;
  type: "radio" | "checkbox";
  option: { id: string; text: string };
  verdict?: Verdict;
  defaultChecked?: boolean;
  serif: boolean;
}) {
  const id = `option-${option.id}`;
  const v = verdict ? VERDICT_TEXT[verdict] : undefined;
  return (
    <label
      htmlFor={id}
      className={`flex cursor-pointer items-start gap-3 rounded-md border bg-white p-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent ${v?.className ?? "border-stone-300 hover:border-accent"}`}
    >
      <input id={id} type={type} name={name} value={option.id} defaultChecked={defaultChecked} className="mt-1 size-4 shrink-0" />
      <span className={serif ? "font-serif" : undefined}>
        {option.text}
        {v?.label && <span className="mt-1 block text-sm font-semibold">{v.label}</span>}
      </span>
    </label>
  );
}
