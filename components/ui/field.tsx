import type { InputHTMLAttributes } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";

type Props = InputHTMLAttributes<HTMLInputElement> & FieldFrameProps;

/** A labelled input whose errors and hint are announced with it. */
export function Field({ name, label, errors, hint, id, ...input }: Props) {
  return (
    <FieldFrame
      name={name}
      label={label}
      errors={errors}
      hint={hint}
      id={id}
      control={(props) => <input {...props} {...input} />}
    />
  );
}
