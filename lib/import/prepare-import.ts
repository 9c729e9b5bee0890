import { decodeText, kindOfFile, MAX_SOURCE_BYTES, readSource, SOURCE_EXTENSIONS } from "./read-source-file";

/** What step 2 of an import shows: the cleaned text to check, and what the cleaner found and took. */
export type PreparedImport = {
  title: string | null;
  author: string | null;
  published: string | null;
  section: string | null;
  body: string;
  removed: string[];
  captions: string[];
  notices: string[];
};

const looksLikeHtml = (text: string) => /<(?:html|body|article|p|div|script|span|h[1-6])\b[^>]*>/i.test(text);

/**
 * A pasted text or an uploaded file, read as an article: refused with a reason a teacher can act
 * on (empty, binary, not UTF-8, over 1 MB, an unknown file type), otherwise cleaned of page chrome.
 * Pasted HTML (copied from a page's source) is read as HTML, never rendered.
 */
export async function prepareImport(input: {
  text: string;
  file: File | null;
}): Promise<{ ok: true; prepared: PreparedImport } | { ok: false; field: "text" | "file"; error: string }> {
  let text = input.text;
  let kind: "text" | "markdown" | "html" = looksLikeHtml(text) ? "html" : "text";
  if (input.file) {
    const label = `“${input.file.name}”`;
    const fileKind = kindOfFile(input.file.name);
    if (!fileKind)
      return {
        ok: false,
        field: "file",
        error: `${label} is not a file Byline reads. Upload ${SOURCE_EXTENSIONS.join(", ")}, or paste the text.`,
      };
    if (input.file.size > MAX_SOURCE_BYTES)
      return {
        ok: false,
        field: "file",
        error: `${label} is over 1 MB; an article must be under 1 MB of text. Paste just the article.`,
      };
    const decoded = decodeText(new Uint8Array(await input.file.arrayBuffer()), label);
    if (!decoded.ok) return { ok: false, field: "file", error: decoded.error };
    text = decoded.text;
    kind = fileKind;
  } else if (!text.trim()) {
    return { ok: false, field: "text", error: "Paste the article's text, or choose a file to upload." };
  } else if (text.includes("\u0000")) {
    return { ok: false, field: "text", error: "The pasted text contains binary data. Paste the article's text only." };
  }
  const read = readSource(text, kind);
  if (!read.ok) return { ok: false, field: input.file ? "file" : "text", error: read.error };
  const { article, notices } = read;
  if (article.body.length < 200) {
    return {
      ok: false,
      field: input.file ? "file" : "text",
      error: "Too little article text was found (under 200 characters). Paste the whole article.",
    };
  }
  return {
    ok: true,
    prepared: {
      title: article.title,
      author: article.author,
      published: article.published,
      section: article.section,
      body: article.body,
      removed: article.removed,
      captions: article.captions.map((c) => (c.credit ? `${c.caption} (${c.credit})` : c.caption)),
      notices,
    },
  };
}
