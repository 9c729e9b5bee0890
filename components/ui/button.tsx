import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-accent text-white hover:bg-accent-strong disabled:bg-stone-400",
  secondary: "border border-stone-300 bg-white text-ink hover:bg-stone-100 disabled:text-stone-400",
} as const;

export const buttonClass = (variant: keyof typeof VARIANTS = "primary") =>
  `inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold no-underline transition-colors ${VARIANTS[variant]}`;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS }) {
  return <button className={`${buttonClass(variant)} ${className}`} {...props} />;
}
