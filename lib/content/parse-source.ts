import { sourceFrontMatterSchema } from "./schema";
import type { ContentError } from "./content-error";
import type { Source } from "./types";
import { parseYaml, zodErrorsAt } from "./yaml-lines";

const FENCE = "---";

/**
 * A source file is YAML front matter between two `---` lines, then the article body. Line
 * endings are normalised; nothing inside a line is touched.
 */
export function parseSourceFile(file: string, id: string, raw: string): Source | ContentError[] {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  if (lines[0] !== FENCE) {
    return [{ file, line: 1, message: "a source file starts with a `---` line and YAML front matter" }];
  }
  const close = lines.indexOf(FENCE, 1);
  if (close === -1) {
    return [{ file, line: 1, message: "the front matter is never closed with a `---` line" }];
  }
  const parsed = parseYaml(file, lines.slice(1, close).join("\n"), 1);
  if (Array.isArray(parsed)) return parsed;
  const result = sourceFrontMatterSchema.safeParse(parsed.value);
  if (!result.success) return zodErrorsAt(parsed, result.error);

  const body = lines
    .slice(close + 1)
    .join("\n")
    .replace(/^\n+/, "")
    .trimEnd();
  if (body.length === 0) {
    return [{ file, line: close + 2, message: "the article body is empty" }];
  }
  return { ...result.data, id, body, file };
}
