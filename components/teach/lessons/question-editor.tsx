"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { DraftQuestion } from "@/db/schema";
import {
  DEFAULT_LEVEL,
  LEVEL_IDS,
  LEVELS,
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  RUBRIC_LEVEL_IDS,
  RUBRIC_LEVELS,
  SKILL_IDS,
  SKILLS,
  type QuestionKind,
  type RubricLevel,
} from "@/lib/content/skills";
import type { FormState } from "@/lib/form-state";
import { OptionRows } from "./option-rows";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  lessonId: string;
  /** Absent for a new question. */
  question?: DraftQuestion;
  sources: { id: string; outlet: string; title: string }[];
};

const DEFAULT_SKILL: Record<QuestionKind, (typeof SKILL_IDS)[number]> = {
  "outlet-attribution": "who-reported",
  speaker: "who-said",
  "statement-kind": "statement-kind",
  "sourcing-chain": "sourcing",
  timeline: "timeline",
  "compare-coverage": "comparing-coverage",
  "quote-integrity": "quote-integrity",
  highlight: "statement-kind",
  "evidence-check": "evidence",
  "who-is-behind": "sourcing",
  "does-it-follow": "evidence",
  "loaded-words": "statement-kind",
  written: "evidence",
};

/** A starting rubric for a new written question: generic enough to keep, meant to be made specific. */
const DEFAULT_RUBRIC: Record<RubricLevel, string> = {
  beginning: "Does not answer the question, or answers it without a reason from the article.",
  emerging: "Answers the question but the reason is vague or not tied to the article's words.",
  mastery: "Answers the question with a reason drawn from the article and points to the words that show it.",
};

const worth = (score: number) =>
  score === 0 ? "0 (no credit)" : score === 1 ? "full credit" : `${score === 0.5 ? "½" : score} credit`;

/**
 * One question's whole review form: what is asked, the options and the key (a written question's
 * model answer and rubric instead), the explanation and its evidence.
 */
export function QuestionEditor({ action, lessonId, question, sources }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [kind, setKind] = useState<QuestionKind>(question?.kind ?? "speaker");
  const prefix = question ? `q-${question.id}` : "new-question";
  const e = state.errors ?? {};
  // After a refused save the form resets to its defaults: they are what was typed, not the stored question.
  const typed = state.ok ? undefined : state.values;
  return (
    <form
      action={formAction}
      className="space-y-4"
      noValidate
      aria-label={question ? `Edit question: ${question.prompt.slice(0, 80)}` : "New question"}
    >
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="questionId" value={question?.id ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        {question ? (
          <p className="text-sm">
            <span className="font-semibold">Kind:</span> {QUESTION_KIND_LABELS[question.kind]}
            <input type="hidden" name="kind" value={question.kind} />
          </p>
        ) : (
          <SelectField
            id={`${prefix}-kind`}
            name="kind"
            label="Kind of question"
            options={QUESTION_KINDS.map((k) => ({ value: k, label: QUESTION_KIND_LABELS[k] }))}
            value={kind}
            onChange={(ev) => setKind(ev.currentTarget.value as QuestionKind)}
            errors={e.kind}
          />
        )}
        <SelectField
          key={kind}
          id={`${prefix}-skill`}
          name="skill"
          label="Skill it practises"
          options={SKILL_IDS.map((s) => ({ value: s, label: SKILLS[s] }))}
          defaultValue={typed?.skill ?? question?.skill ?? DEFAULT_SKILL[kind]}
          errors={e.skill}
        />
        <SelectField
          key={`level-${kind}`}
          id={`${prefix}-level`}
          name="level"
          label="What it asks of the reader"
          options={LEVEL_IDS.map((l) => ({ value: l, label: LEVELS[l] }))}
          defaultValue={typed?.level ?? question?.level ?? DEFAULT_LEVEL[kind]}
          errors={e.level}
        />
      </div>
      {!question && kind === "highlight" && sources.length > 1 && (
        <SelectField
          id={`${prefix}-source`}
          name="source"
          label="Article whose sentences are the options"
          options={sources.map((s) => ({ value: s.id, label: `${s.outlet}: ${s.title}` }))}
        />
      )}
      <TextareaField
        id={`${prefix}-prompt`}
        name="prompt"
        label="Question"
        rows={2}
        defaultValue={typed?.prompt ?? question?.prompt}
        errors={e.prompt}
      />
      {kind === "written" ? (
        <WrittenFields prefix={prefix} question={question} errors={e} typed={typed} />
      ) : (
        <OptionRows
          prefix={prefix}
          options={question?.options ?? []}
          answer={question?.answer ?? []}
          multiple={kind === "highlight"}
          errors={e}
          typed={typed}
        />
      )}
      <TextareaField
        id={`${prefix}-explanation`}
        name="explanation"
        label="Explanation (shown after answering)"
        rows={3}
        defaultValue={typed?.explanation ?? question?.explanation}
        errors={e.explanation}
      />
      {kind !== "highlight" && (
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="markEvidence"
            className="mt-1 size-4 shrink-0"
            defaultChecked={typed ? typed.markEvidence === "on" : question?.markEvidence === true}
          />
          {kind === "written" ? (
            <span>
              Students also mark the words in the article that support their answer (measured against the evidence below
              to help you score; the marks alone earn no credit)
            </span>
          ) : (
            <span>
              Two-tier: after choosing, students mark the words in the article that show the answer (scored against the
              evidence below: half for the answer, half for the marks)
            </span>
          )}
        </label>
      )}
      <TextareaField
        id={`${prefix}-evidence`}
        name="evidence"
        label="Evidence: passages from the article, one per line"
        hint="Copied word for word: students see them highlighted in the article after answering."
        rows={3}
        defaultValue={typed?.evidence ?? question?.evidence.map((ev) => ev.quote).join("\n")}
        errors={e.evidence}
      />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Button type="submit" disabled={pending}>
        {question ? "Save question" : "Add question"}
      </Button>
    </form>
  );
}

type WrittenProps = {
  prefix: string;
  question?: DraftQuestion;
  errors: Record<string, string[] | undefined>;
  typed?: Record<string, string>;
};

/** In place of options: the model answer students compare theirs with, and the rubric the teacher scores with. */
function WrittenFields({ prefix, question, errors, typed }: WrittenProps) {
  return (
    <>
      <TextareaField
        id={`${prefix}-model-answer`}
        name="modelAnswer"
        label="Model answer"
        hint="What a full answer says: shown to students after they answer, and to you when you score."
        rows={4}
        defaultValue={typed?.modelAnswer ?? question?.modelAnswer ?? ""}
        errors={errors.modelAnswer}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Rubric: what an answer at each level does</legend>
        {RUBRIC_LEVEL_IDS.map((level) => {
          const { label, score } = RUBRIC_LEVELS[level];
          const name = `rubric-${level}`;
          return (
            <TextareaField
              key={level}
              id={`${prefix}-${name}`}
              name={name}
              label={label}
              hint={`Worth ${worth(score)}.`}
              rows={2}
              defaultValue={typed?.[name] ?? question?.rubric?.[level] ?? DEFAULT_RUBRIC[level]}
              errors={errors[name]}
            />
          );
        })}
      </fieldset>
    </>
  );
}
