import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen scrolls inside its own box, not the page sideways. The box is
 * a labelled, focusable region so a keyboard can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
