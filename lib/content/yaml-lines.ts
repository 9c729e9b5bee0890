import { isCollection, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { ContentError } from "./content-error";

export type ParsedYaml = { doc: Document; lines: LineCounter; lineOffset: number; file: string; value: unknown };

/** Parses YAML keeping positions, so every later error can name its line. */
export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml | ContentError[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((err) => ({
      file,
      line: lineOffset + lines.linePos(err.pos[0]).line,
      message: `YAML: ${err.message.split("\n")[0]}`,
    }));
  }
  // Valid syntax can still fail to become a value (an alias to an anchor that is not there).
  try {
    return { doc, lines, lineOffset, file, value: doc.toJS() };
  } catch (err) {
    return [
      {
        file,
        line: lineOffset + 1,
        message: `YAML: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
      },
    ];
  }
}

/** The line of the deepest node that exists along `path`: a missing key points at its parent. */
export function lineAt(parsed: ParsedYaml, path: readonly PropertyKey[]): number {
  let node: unknown = parsed.doc.contents;
  let offset = (node as { range?: [number] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (!isCollection(node)) break;
    const next = node.get(typeof key === "symbol" ? String(key) : key, true);
    if (!next) break;
    node = next;
    const start = (next as { range?: [number] }).range?.[0];
    if (start !== undefined) offset = start;
  }
  return parsed.lineOffset + parsed.lines.linePos(offset).line;
}

export function zodErrorsAt(parsed: ParsedYaml, error: z.ZodError): ContentError[] {
  return error.issues.map((issue) => ({
    file: parsed.file,
    // An unknown key's issue has its parent's path; point at the key itself.
    line: lineAt(parsed, issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path),
    message: `${issue.path.length ? issue.path.join(".") + ": " : ""}${issue.message}`,
  }));
}
