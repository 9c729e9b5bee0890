import { stringify } from "csv-stringify/sync";

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula: such text gets a leading apostrophe so it is shown, never run (OWASP's advice).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 rows (quoted where needed, CRLF), safe against formula injection. */
export function csvRows(rows: unknown[][]): string {
  return stringify(rows, {
    record_delimiter: "windows",
    // Line breaks inside a cell must be quoted too, not only the CRLF that ends a record.
    quoted_match: /[\r\n]/,
    cast: {
      string: (value) => neutralizeFormula(value),
      boolean: (value) => (value ? "true" : "false"),
      date: (value) => value.toISOString(),
    },
  });
}

/** A CSV download that is written chunk by chunk as `chunks` yields rows: nothing waits for the whole table. */
export function csvResponse(filename: string, header: string[], chunks: AsyncIterable<unknown[][]>): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the names as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvRows([header])}`));
    },
    // Each pull must enqueue or close, or the stream stalls: empty chunks are skipped here.
    async pull(controller) {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return controller.close();
        if (next.value.length > 0) return controller.enqueue(encoder.encode(csvRows(next.value)));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}

/** A file name from a class name: letters, digits and dashes only. */
export function csvFilename(className: string, kind: string, today: Date): string {
  const base =
    className
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "class";
  return `byline-${base}-${kind}-${today.toISOString().slice(0, 10)}.csv`;
}
