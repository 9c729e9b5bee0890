/** A problem in a content file, pointing at the line an author has to fix. */
export type ContentError = { file: string; line: number; message: string };

export function formatContentError(e: ContentError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}
