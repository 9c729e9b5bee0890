import type { DraftQuestion } from "@/db/schema";

/** A draft question as a student first meets it: the prompt and options, no key and no feedback. */
export function QuestionPreview({ question, position }: { question: DraftQuestion; position: number }) {
  const multiple = question.kind === "highlight";
  return (
    <fieldset className="rounded-lg border border-stone-200 bg-white p-4">
      {/* A legend sits on its fieldset's border; floated, it is a heading inside the card that still names the group. */}
      <legend className="float-left mb-2 w-full font-serif text-lg font-semibold">
        {position}. {question.prompt}
      </legend>
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
    </fieldset>
  );
}
