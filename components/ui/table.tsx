import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes, TableHTMLAttributes } from "react";
import { cn } from "./cn";
import { ScrollTable } from "./scroll-table";

/*
 * The reports' and rosters' table look in one place. Every part takes a className that overrides
 * its defaults (cn resolves the conflicts), so a table that differs says only how:
 * `<Table className="w-auto">` for one as wide as its columns, `bg-transparent` on a card.
 *
 * The markup stays plain HTML table semantics: column headers are <th scope="col">, a row's own
 * header is <th scope="row">, and a caption names the table for screen readers.
 */

type TableProps = TableHTMLAttributes<HTMLTableElement> & {
  /** Wraps the table in a labelled box that scrolls sideways on a narrow screen (ScrollTable). */
  scrollLabel?: string;
};

export function Table({ className, scrollLabel, ...props }: TableProps) {
  const table = <table className={cn("w-full border-collapse bg-white text-sm", className)} {...props} />;
  return scrollLabel ? <ScrollTable label={scrollLabel}>{table}</ScrollTable> : table;
}

/**
 * The table's accessible name. The heading or figure caption above the table already shows it,
 * so it is visually hidden unless the className says otherwise (`not-sr-only`).
 */
export function TableCaption({ className, ...props }: HTMLAttributes<HTMLTableCaptionElement>) {
  return <caption className={cn("sr-only", className)} {...props} />;
}

/** The <thead> with its one row of column headers (TableHead); className styles that row. */
export function TableHeader({ className, children, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return (
    <thead>
      <tr className={cn("border-b border-stone-300 text-left", className)} {...props}>
        {children}
      </tr>
    </thead>
  );
}

/** A column header: <th scope="col">. */
export function TableHead({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("p-2", className)} {...props} />;
}

export function TableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("border-b border-stone-200", className)} {...props} />;
}

/** The cell that names its row (a student, a skill, a day): <th scope="row">. */
export function TableRowHeader({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="row" className={cn("p-2 text-left font-medium", className)} {...props} />;
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("p-2", className)} {...props} />;
}
