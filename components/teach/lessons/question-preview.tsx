import type { DraftQuestion } from "@/db/schema";
import { RUBRIC_LEVEL_IDS, RUBRIC_LEVELS } from "@/lib/content/skills";

/**
 * A draft question as a student first meets it: the prompt and options, no key and no feedback. A
 * written question shows its answer box, then the model answer and rubric for the teacher.
 */
export function QuestionPreview({ question, position }: { question: DraftQuestion; position: number }) {
  const multiple = question.kind === "highlight";
  return (
    <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
      {/* A legend sits on its fieldset's border; floated, it is a heading inside the card that still names the group. */}
      <legend className="float-left mb-2 w-full font-serif text-lg font-semibold">
        {position}. {question.prompt}
      </legend>
      {question.kind === "written" ? (
        <WrittenPreview question={question} />
      ) : (
        <div className="clear-left space-y-2">
          {multiple ? (
            <p className="text-sm text-muted">
              Select every sentence that applies. (Sentences keep their order in the article.)
            </p>
          ) : (
            <p className="text-sm text-muted">Options in authored order; each student sees them shuffled.</p>
          )}
          {question.options.map((o) => (
            <label key={o.id} className="flex items-start gap-2">
              <input type={multiple ? "checkbox" : "radio"} name={`preview-${question.id}`} className="mt-1.5" />
              <span>{o.text}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/**
 * A written question's key is its model answer and rubric, not an option: the teacher checks them
 * here, each marked as what students read afterwards or what the teacher scores with.
 */
function WrittenPreview({ question }: { question: DraftQuestion }) {
  const answerId = `preview-${question.id}-answer`;
  const { rubric } = question;
  return (
    <div className="clear-left space-y-3">
      <div className="space-y-1">
        <label htmlFor={answerId} className="block text-sm font-semibold">
          Written answer
        </label>
        <textarea
          id={answerId}
          rows={4}
          className="block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base"
        />
        {question.markEvidence && (
          <p className="text-sm text-muted">Students also mark the words in the article that support their answer.</p>
        )}
      </div>
      <div className="space-y-1 text-sm">
        <p className="font-semibold">Model answer (students read it after answering)</p>
        <p className="whitespace-pre-line">{question.modelAnswer}</p>
      </div>
      {rubric && (
        <div className="space-y-1 text-sm">
          <p className="font-semibold">Rubric (you score each answer with it)</p>
          <dl className="space-y-1">
            {RUBRIC_LEVEL_IDS.map((level) => (
              <div key={level}>
                <dt className="inline font-semibold">
                  {RUBRIC_LEVELS[level].label} ({RUBRIC_LEVELS[level].score}):
                </dt>{" "}
                <dd className="inline">{rubric[level]}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
