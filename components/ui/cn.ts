import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names (strings, conditionals, arrays, objects) and resolves Tailwind conflicts: of
 * two utilities that set the same property the later one wins, whatever their order in the built
 * CSS. A primitive's defaults can therefore be overridden by a caller's className.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
