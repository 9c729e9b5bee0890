import type { SelectHTMLAttributes } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";

type Props = SelectHTMLAttributes<HTMLSelectElement> &
  FieldFrameProps & { options: readonly { value: string; label: string }[] };

/** A labelled select whose errors and hint are announced with it, like Field. */
export function SelectField({ name, label, options, errors, hint, id, ...select }: Props) {
  return (
    <FieldFrame
      name={name}
      label={label}
      errors={errors}
      hint={hint}
      id={id}
      control={(props) => (
        // React applies a select's defaultValue only when it mounts, and a form action then resets
        // the form to it: a new key mounts the select again with the value a failed submission kept.
        <select key={String(select.defaultValue ?? "")} {...props} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
