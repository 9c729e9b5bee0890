import { parse } from "csv-parse/sync";

export const MAX_NAME_LENGTH = 100;
export const MAX_NAMES_PER_BATCH = 100;

export type NameRow = { line: number; name: string };
export type NameProblem = { line: number; text: string; reason: string };
export type NameList = { names: NameRow[]; problems: NameProblem[] };

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Sorts raw rows into names to create and problems to report, each with its line number so the
 * teacher can fix exactly those lines; a bad row never stops the good ones.
 */
export function checkNames(rows: readonly { line: number; text: string }[]): NameList {
  const names: NameRow[] = [];
  const problems: NameProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, text } of rows) {
    const name = collapse(text);
    const key = name.toLocaleLowerCase("en");
    const reason = !name
      ? "The name is empty."
      : name.length > MAX_NAME_LENGTH
        ? `The name is longer than ${MAX_NAME_LENGTH} characters.`
        : !/\p{L}/u.test(name)
          ? "The name has no letters."
          : firstLine.has(key)
            ? `The same name is already on line ${firstLine.get(key)}.`
            : null;
    if (reason) {
      problems.push({ line, text: name.slice(0, 40), reason });
      continue;
    }
    firstLine.set(key, line);
    names.push({ line, name });
  }
  return { names, problems };
}

/** One name per line; blank lines are skipped, not reported (a trailing newline is not a mistake). */
export function parsePastedNames(text: string): NameList {
  const rows = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ line: i + 1, text: line }))
    .filter((row) => row.text.trim() !== "");
  return checkNames(rows);
}

/** Headings a spreadsheet export might give its names column. */
const NAME_HEADER = /^(?:(?:student|full)\s+)?names?$|^students?$/i;

/**
 * A CSV of names: the column headed "name", or the only column. Quoting, a byte-order mark and
 * blank lines are handled by csv-parse; line numbers are the file's own.
 */
export function parseCsvNames(text: string): NameList | { error: string } {
  const lineOf: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record: string[], { lines }) => {
        lineOf.push(lines);
        return record;
      },
    });
  } catch (err) {
    return { error: `The CSV file could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
  const first = records[0] ?? [];
  const header = first.findIndex((cell) => NAME_HEADER.test(cell));
  if (header === -1 && first.filter((cell) => cell !== "").length > 1) {
    return { error: 'The CSV file has several columns: head the one with the students\' names "name".' };
  }
  const column = Math.max(header, 0);
  const rows = records
    .map((record, i) => ({ line: lineOf[i] ?? 0, record }))
    .slice(header === -1 ? 0 : 1)
    .filter(({ record }) => record.some((cell) => cell !== ""))
    .map(({ line, record }) => ({ line, text: record[column] ?? "" }));
  return checkNames(rows);
}
