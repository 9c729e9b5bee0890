import { parse } from "csv-parse/sync";
import { cleanName, DIRECTION_CONTROL_MESSAGE, hasDirectionControls, MAX_NAME_LENGTH } from "@/lib/validations/names";

export const MAX_NAMES_PER_BATCH = 100;

export type NameRow = { line: number; name: string };
type NameProblem = { line: number; text: string; reason: string };
export type NameList = { names: NameRow[]; problems: NameProblem[] };

/**
 * Sorts raw rows into names to create and problems to report, each with its line number so the
 * teacher can fix exactly those lines; a bad row never stops the good ones.
 */
function checkNames(rows: readonly { line: number; text: string }[]): NameList {
  const names: NameRow[] = [];
  const problems: NameProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, text } of rows) {
    const name = cleanName(text);
    const key = name.toLocaleLowerCase("en");
    const reason = hasDirectionControls(text) ? DIRECTION_CONTROL_MESSAGE : nameProblem(name, firstLine.get(key));
    if (reason) {
      problems.push({ line, text: name.slice(0, 40), reason });
      continue;
    }
    firstLine.set(key, line);
    names.push({ line, name });
  }
  return { names, problems };
}

function nameProblem(name: string, sameNameLine: number | undefined): string | null {
  if (!name) return "The name is empty.";
  if (name.length > MAX_NAME_LENGTH) return `The name is longer than ${MAX_NAME_LENGTH} characters.`;
  if (!/\p{L}/u.test(name)) return "The name has no letters.";
  if (sameNameLine !== undefined) return `The same name is already on line ${sameNameLine}.`;
  return null;
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
