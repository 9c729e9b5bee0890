import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen scrolls inside its own box, not the page sideways. The box is
 * a labelled, focusable region so a keyboard can scroll it too. `relative`, so that what is
 * positioned inside (the visually hidden `sr-only` text of a cell) scrolls with the table instead of
 * widening the page.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto">
      {children}
    </div>
  );
}
