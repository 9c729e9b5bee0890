import { MAX_OPTIONS } from "@/lib/validations/limits";

type Option = { id: string; text: string; feedback: string; misconception?: string; pinned?: boolean };
type Props = {
  prefix: string;
  options: Option[];
  answer: string[];
  multiple: boolean;
  errors: Record<string, string[] | undefined>;
  /** What the teacher typed before a refused save; it wins over the stored option. */
  typed?: Record<string, string>;
};

const inputClass =
  "block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700";

/**
 * The answer options as rows: text, whether it is right, the feedback a student who picks it
 * reads, and for a wrong one the misconception it stands for (teachers see it in item analysis).
 * Two empty rows invite more options; empty rows are ignored. Students see the options shuffled;
 * an option ticked "keep in place" ("Both", "None of these") stays where it is here.
 */
export function OptionRows({ prefix, options, answer, multiple, errors, typed }: Props) {
  const ticked = typed ? new Set((typed.correct ?? "").split(",")) : null;
  const rows = Array.from(
    { length: Math.min(MAX_OPTIONS, Math.max(options.length + 2, 4)) },
    (_, i) => options[i] ?? null,
  );
  const fieldErrors = (name: string) => errors[name];
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">
        Answer options ({multiple ? "tick every right one" : "mark the right one"})
      </legend>
      {multiple && (
        <p className="text-sm text-muted">
          Sentences of the article, copied word for word. Students mark them in the whole article, and every sentence
          you do not list counts as a wrong pick: tick every sentence of the article that fits.
        </p>
      )}
      {(errors.options || errors.correct) && (
        <p className="text-sm font-medium text-red-800">
          {[...(errors.options ?? []), ...(errors.correct ?? [])].join(" ")}
        </p>
      )}
      {rows.map((option, i) => {
        const id = `${prefix}-option-${i}`;
        const err = (field: string) => fieldErrors(`option-${i}-${field}`);
        return (
          <div key={i} className="grid gap-2 rounded-md border border-stone-200 p-3 sm:grid-cols-[auto_1fr]">
            <input type="hidden" name={`option-${i}-id`} value={option?.id ?? ""} />
            <label className="flex items-center gap-2 text-sm font-semibold sm:row-span-3">
              <input
                type={multiple ? "checkbox" : "radio"}
                name="correct"
                value={String(i)}
                defaultChecked={ticked ? ticked.has(String(i)) : option ? answer.includes(option.id) : false}
              />
              Right answer<span className="sr-only">: option {i + 1}</span>
            </label>
            {(["text", "feedback", "misconception"] as const).map((field) => (
              <div key={field}>
                <label htmlFor={`${id}-${field}`} className="block text-sm">
                  {field === "text"
                    ? `Option ${i + 1}`
                    : field === "feedback"
                      ? `Feedback for option ${i + 1}`
                      : `Misconception behind option ${i + 1} (wrong options)`}
                </label>
                <input
                  id={`${id}-${field}`}
                  name={`option-${i}-${field}`}
                  defaultValue={typed?.[`option-${i}-${field}`] ?? option?.[field] ?? ""}
                  aria-invalid={err(field) ? true : undefined}
                  aria-describedby={err(field) ? `${id}-${field}-error` : undefined}
                  className={inputClass}
                />
                {err(field) && (
                  <p id={`${id}-${field}-error`} className="text-sm font-medium text-red-800">
                    {err(field)!.join(" ")}
                  </p>
                )}
              </div>
            ))}
            {!multiple && (
              <label className="flex items-center gap-2 text-sm sm:col-start-2">
                <input
                  type="checkbox"
                  name={`option-${i}-pinned`}
                  defaultChecked={typed ? typed[`option-${i}-pinned`] === "on" : option?.pinned === true}
                />
                Keep option {i + 1} in this place (students see the other options shuffled)
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
