import type { ReactNode } from "react";

export type FieldFrameProps = { name: string; label: string; errors?: string[]; hint?: string; id?: string };

type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
};

/**
 * The label, hint and error around one form control, announced with it (aria-describedby).
 * Field, TextareaField and SelectField differ only in the control they render inside.
 */
export function FieldFrame({
  name,
  label,
  errors,
  hint,
  id = name,
  control,
}: FieldFrameProps & { control: (props: ControlProps) => ReactNode }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {control({
        id,
        name,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy,
        className:
          "block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700",
      })}
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
