import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

/** The button look, for buttons and for links that act as buttons (`<Link className={buttonVariants()}>`). */
export const buttonVariants = cva(
  "inline-flex items-center justify-center rounded-md text-sm font-semibold no-underline transition-colors",
  {
    variants: {
      variant: {
        primary: "bg-accent text-white hover:bg-accent-strong disabled:bg-stone-400",
        secondary: "border border-stone-300 bg-white text-ink hover:bg-stone-100 disabled:text-stone-400",
        /** Cannot be undone (erasing an account). */
        danger: "bg-red-800 text-white hover:bg-red-900 disabled:bg-stone-400",
      },
      size: {
        default: "px-4 py-2",
        /** Beside a row's other content: roster and report actions, copy buttons. */
        sm: "px-3 py-1.5",
      },
    },
    defaultVariants: { variant: "primary", size: "default" },
  },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>;

export function Button({ variant, size, className, ...props }: ButtonProps) {
  return <button className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
