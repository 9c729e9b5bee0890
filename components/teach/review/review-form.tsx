"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PlainPostForm } from "@/components/ui/plain-post-form";
import { TextareaField } from "@/components/ui/textarea-field";
import type { Rubric } from "@/lib/content/schema";
import { RUBRIC_LEVEL_IDS, RUBRIC_LEVELS, type RubricLevel } from "@/lib/content/skills";
import type { FormState } from "@/lib/form-state";
import { MAX_REVIEW_COMMENT } from "@/lib/validations/limits";

const COMMENT_ID = "review-comment";
const FORM_ID = "review-form";
const form = () => document.getElementById(FORM_ID) as HTMLFormElement | null;

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Where the form posts without JavaScript, and what that post left to show (errors, what was typed). */
  plain: { action: string; state?: FormState };
  assignmentId: string;
  answerId: number;
  rubric: Rubric;
  /** An earlier review of this response, when it is opened again. */
  current: { level: RubricLevel; comment: string | null } | null;
};

/**
 * The rubric as radio buttons with their descriptors, a comment, and "Save and next". Shortcuts
 * for a teacher scoring a stack of answers: 1, 2, 3 choose a level, C moves to the comment,
 * Enter saves (Ctrl+Enter from inside the comment, where Enter is a new line). Without JavaScript
 * it is an ordinary form.
 */
export function ReviewForm({ action, plain, assignmentId, answerId, rubric, current }: Props) {
  const [state, formAction, pending] = useActionState(action, plain.state ?? {});

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing =
        target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && target.getAttribute("type") === "text");
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== "Enter")) return;
      if (event.key === "Enter" && (!typing || event.ctrlKey)) {
        // Enter saves from the form (or from nowhere in particular); elsewhere it keeps its own
        // meaning: a link, a button, the folded model answer's summary.
        const inForm = form()?.contains(target) || target === document.body;
        if (!inForm || (target.tagName === "BUTTON" && !event.ctrlKey)) return;
        event.preventDefault();
        form()?.requestSubmit();
        return;
      }
      if (typing) return;
      const level = RUBRIC_LEVEL_IDS[Number(event.key) - 1];
      if (level) {
        event.preventDefault();
        const radio = form()?.querySelector<HTMLInputElement>(`input[name="level"][value="${level}"]`);
        radio?.click();
        radio?.focus();
      } else if (event.key === "c" || event.key === "C") {
        event.preventDefault();
        document.getElementById(COMMENT_ID)?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <PlainPostForm
      id={FORM_ID}
      action={plain.action}
      onAction={formAction}
      className="space-y-4"
      aria-label="Score this answer"
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="answerId" value={answerId} />
      <fieldset className="space-y-2" aria-describedby={state.errors?.level ? "level-error" : undefined}>
        <legend className="mb-1 font-semibold">Level</legend>
        {RUBRIC_LEVEL_IDS.map((level, i) => (
          <label
            key={level}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-stone-300 bg-white p-3 has-[:checked]:border-accent has-[:checked]:bg-blue-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-accent"
          >
            <input
              type="radio"
              name="level"
              value={level}
              defaultChecked={current?.level === level}
              className="mt-1 size-4 shrink-0"
            />
            <span>
              <span className="font-semibold">
                {RUBRIC_LEVELS[level].label}{" "}
                <span className="font-normal text-muted">
                  (key {i + 1}, {creditText(RUBRIC_LEVELS[level].score)})
                </span>
              </span>
              <span className="block text-sm">{rubric[level]}</span>
            </span>
          </label>
        ))}
        {state.errors?.level && (
          <p id="level-error" className="text-sm font-medium text-red-800">
            {state.errors.level.join(" ")}
          </p>
        )}
      </fieldset>
      <TextareaField
        id={COMMENT_ID}
        name="comment"
        label="Comment for the student (optional)"
        hint="The student reads it beside the level. Key C comes here; Ctrl+Enter saves from here."
        rows={3}
        maxLength={MAX_REVIEW_COMMENT}
        defaultValue={state.values?.comment ?? current?.comment ?? ""}
        errors={state.errors?.comment}
      />
      <FormMessage message={state.ok ? undefined : state.message} />
      <Button type="submit" aria-disabled={pending || undefined}>
        {pending ? "Saving…" : "Save and next"}
      </Button>
    </PlainPostForm>
  );
}

function creditText(score: number): string {
  return score === 0 ? "no credit" : score === 1 ? "full credit" : `${score} credit`;
}
