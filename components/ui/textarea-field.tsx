import type { TextareaHTMLAttributes } from "react";
import { FieldFrame, type FieldFrameProps } from "./field-frame";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & FieldFrameProps;

/** A labelled textarea whose errors and hint are announced with it, like Field. */
export function TextareaField({ name, label, errors, hint, id, ...textarea }: Props) {
  return (
    <FieldFrame
      name={name}
      label={label}
      errors={errors}
      hint={hint}
      id={id}
      control={(props) => <textarea {...props} {...textarea} />}
    />
  );
}
